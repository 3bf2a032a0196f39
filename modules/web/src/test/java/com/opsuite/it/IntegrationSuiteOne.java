package com.opsuite.it;

import org.junit.platform.suite.api.ExcludeClassNamePatterns;
import org.junit.platform.suite.api.IncludeClassNamePatterns;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * The first fork's integration tests (A to G and the first online-ops classes), one JUnit run so
 * the shared deployment starts once. {@link IntegrationSuiteTwo} takes every other class.
 */
@Suite
@SelectPackages("com.opsuite.it")
@IncludeClassNamePatterns(IntegrationSuiteOne.CLASSES)
@ExcludeClassNamePatterns(IntegrationSuiteOne.ALONE)
class IntegrationSuiteOne {

  /**
   * Split by name, half the time each as measured (2026-12-07: 1,109 s and 1,113 s of classes); the
   * sweeps and the cluster test are apart.
   */
  static final String CLASSES = "com\\.opsuite\\.it\\.([A-G]|Online[A-C]).*IT";

  /** Restarts PostgreSQL under every fork: Failsafe runs it alone afterwards. */
  static final String ALONE = "com\\.opsuite\\.it\\.DatabaseRestartIT";
}
