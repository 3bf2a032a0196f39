package com.opsuite.core.org.imports;

import com.opsuite.core.validation.InvalidInputException;
import java.util.List;

/**
 * A file refused as a whole, before any row is looked at: too large, not a CSV or Excel file, or
 * not laid out as a staff list. The reason lets the API answer 413 or 415 where they fit.
 */
public class ImportFileRefused extends InvalidInputException {

  private static final long serialVersionUID = 1L;

  /** Why the file was refused. */
  public enum Reason {
    TOO_LARGE,
    WRONG_TYPE,
    CONTENT
  }

  private final Reason reason;

  ImportFileRefused(Reason reason, String messageKey, Object... args) {
    super(List.of(new Violation("file", messageKey, args)));
    this.reason = reason;
  }

  static ImportFileRefused content(String messageKey, Object... args) {
    return new ImportFileRefused(Reason.CONTENT, messageKey, args);
  }

  static ImportFileRefused wrongType() {
    return new ImportFileRefused(Reason.WRONG_TYPE, "org.import.wrongType");
  }

  static ImportFileRefused tooLarge() {
    return new ImportFileRefused(
        Reason.TOO_LARGE, "org.import.tooLarge", String.valueOf(ImportLimits.MAX_MEGABYTES));
  }

  public Reason reason() {
    return reason;
  }

  public Violation violation() {
    return violations().get(0);
  }
}
