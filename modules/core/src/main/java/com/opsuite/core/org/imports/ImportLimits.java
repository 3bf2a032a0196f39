package com.opsuite.core.org.imports;

/** How much one import may hold: enough for a large company, small enough for one transaction. */
public final class ImportLimits {

  public static final int MAX_MEGABYTES = 5;
  public static final int MAX_BYTES = MAX_MEGABYTES * 1024 * 1024;
  public static final int MAX_ROWS = 5_000;

  private ImportLimits() {}
}
