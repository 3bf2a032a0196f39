package com.opsuite.bench.data;

import java.time.Duration;

/** What one {@code growTo} did: typical tenants before and after, rows written, time taken. */
public record CopyReport(int tenantsBefore, int tenantsAfter, long rowsCopied, Duration took) {

  /** Rows written per second of the copy (0 when nothing was copied). */
  public double rowsPerSecond() {
    return took.isZero() ? 0 : rowsCopied * 1e9 / took.toNanos();
  }
}
