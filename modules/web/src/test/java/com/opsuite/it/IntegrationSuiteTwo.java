package com.opsuite.it;

import org.junit.platform.suite.api.ExcludeClassNamePatterns;
import org.junit.platform.suite.api.IncludeClassNamePatterns;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * The second fork's integration tests: every IT class {@link IntegrationSuiteOne} does not take.
 */
@Suite
@SelectPackages("com.opsuite.it")
@IncludeClassNamePatterns("com\\.opsuite\\.it\\..*IT")
@ExcludeClassNamePatterns({IntegrationSuiteOne.CLASSES, IntegrationSuiteOne.ALONE})
class IntegrationSuiteTwo {}
