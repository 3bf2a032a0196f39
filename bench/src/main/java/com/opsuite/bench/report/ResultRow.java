package com.opsuite.bench.report;

/**
 * One line of the benchmark's table: a scenario at a concurrency (users, or requests per second for
 * an open model), what it achieved and what the application process used meanwhile.
 *
 * @param load e.g. "200 rps" or "32 users"
 * @param throughput completed requests per second
 * @param errorRate failed requests / all requests, 0 to 1
 * @param rssMib the application's peak resident memory during the run
 * @param cpuPercent the application's CPU time / wall time (200 = both cores)
 */
public record ResultRow(
    String scenario,
    String load,
    long requests,
    double throughput,
    double p50Ms,
    double p95Ms,
    double p99Ms,
    double errorRate,
    long rssMib,
    double cpuPercent) {}
