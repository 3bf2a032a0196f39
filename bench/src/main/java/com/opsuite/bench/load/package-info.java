/**
 * Load scenarios (Gatling, Java DSL) run in-process against the running product, each reported as a
 * {@link com.opsuite.bench.report.ResultRow}.
 */
package com.opsuite.bench.load;
