/**
 * Load scenarios (Gatling, Java DSL) run in-process against the running product, each reported as a
 * {@link com.opsuite.bench.report.ResultRow}.
 *
 * <p>{@link com.opsuite.bench.load.LoadRunner} hands each run's population to the one simulation
 * class ({@link com.opsuite.bench.load.PlannedSimulation}) and starts Gatling through its launcher
 * in this JVM, which needs {@code --add-opens java.base/java.lang=ALL-UNNAMED} (Gatling's log
 * writer reads String internals, as its Maven plugin's forked JVM allows). The figures come from
 * the run's report; the application's CPU and RSS from {@code /proc} while the users run.
 */
package com.opsuite.bench.load;
