package com.opsuite.gas.registry.purchase;

import com.opsuite.gas.registry.RegistryInvalidInput;
import java.util.List;

/**
 * A purchase file refused as a whole before any row is looked at: too large (413), not a CSV or
 * Excel file (415), or not laid out as a purchase export (400).
 */
public class PurchaseFileRefused extends RegistryInvalidInput {

  private static final long serialVersionUID = 1L;

  /** Why the file was refused. */
  public enum Reason {
    TOO_LARGE,
    WRONG_TYPE,
    CONTENT
  }

  private final Reason reason;

  PurchaseFileRefused(Reason reason, String messageKey, Object... args) {
    super(List.of(new Violation("file", messageKey, args)));
    this.reason = reason;
  }

  static PurchaseFileRefused content(String messageKey, Object... args) {
    return new PurchaseFileRefused(Reason.CONTENT, messageKey, args);
  }

  static PurchaseFileRefused wrongType() {
    return new PurchaseFileRefused(Reason.WRONG_TYPE, "registry.import.wrongType");
  }

  static PurchaseFileRefused tooLarge() {
    return new PurchaseFileRefused(
        Reason.TOO_LARGE, "registry.import.tooLarge", PurchaseFile.MAX_MEGABYTES);
  }

  public Reason reason() {
    return reason;
  }

  public Violation violation() {
    return violations().get(0);
  }
}
