package com.opsuite.it;

import java.io.File;
import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment every integration test shares: the real WAR exactly as built, on one Payara
 * Micro, against a database of its own. Starting Payara Micro per test class would cost ~20 s each.
 *
 * <p>The test database is dropped first, so every run also proves that start-up provisions a
 * database, its roles and its schema from nothing; the demo tenant definitions are copied to a
 * folder the tests may change, which the application applies at start-up.
 */
@ArquillianSuiteDeployment
public final class OpsuiteDeployment {

  private OpsuiteDeployment() {}

  @Deployment(testable = false)
  public static WebArchive opsuite() {
    TestDatabase.dropApplicationDatabase();
    TestTenants.copyDefinitions();
    File war = new File(System.getProperty("it.war"));
    return ShrinkWrap.create(ZipImporter.class, "opsuite.war").importFrom(war).as(WebArchive.class);
  }
}
