package com.opsuite.it;

import org.junit.platform.suite.api.ExcludeClassNamePatterns;
import org.junit.platform.suite.api.IncludeClassNamePatterns;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * The first fork's integration tests (A to N and the first online-ops classes), one JUnit run so
 * the shared deployment starts once. {@link IntegrationSuiteTwo} takes every other class.
 */
@Suite
@SelectPackages("com.opsuite.it")
@IncludeClassNamePatterns(IntegrationSuiteOne.CLASSES)
@ExcludeClassNamePatterns(IntegrationSuiteOne.ALONE)
class IntegrationSuiteOne {

  /** Split by name; roughly half the time each (the sweeps and the cluster test are apart). */
  static final String CLASSES = "com\\.opsuite\\.it\\.([A-N]|Online[A-C]).*IT";

  /** Restarts PostgreSQL under every fork: Failsafe runs it alone afterwards. */
  static final String ALONE = "com\\.opsuite\\.it\\.DatabaseRestartIT";
}
