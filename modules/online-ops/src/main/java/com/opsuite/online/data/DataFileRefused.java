package com.opsuite.online.data;

import java.util.List;

/**
 * A data file refused as a whole before any row is looked at: too large (413), not a CSV or Excel
 * file (415), or not laid out as a platform data sheet (400).
 */
public class DataFileRefused extends DataInvalidInput {

  private static final long serialVersionUID = 1L;

  private final int status;

  DataFileRefused(int status, String messageKey, Object... args) {
    super(List.of(new Violation("file", messageKey, args)));
    this.status = status;
  }

  static DataFileRefused content(String messageKey, Object... args) {
    return new DataFileRefused(400, messageKey, args);
  }

  static DataFileRefused wrongType() {
    return new DataFileRefused(415, "data.import.wrongType");
  }

  static DataFileRefused tooLarge() {
    return new DataFileRefused(
        413, "data.import.tooLarge", String.valueOf(PlatformDataFile.MAX_KILOBYTES));
  }

  public int status() {
    return status;
  }

  public Violation violation() {
    return violations().get(0);
  }
}
