package com.opsuite.core.appraisal;

/**
 * Where a result stands: evaluations running, computed (and computable again), in a sign-off
 * approval, or locked after it was approved. Reopening a locked result makes it COMPUTED again.
 */
public enum ResultStatus {
  OPEN,
  COMPUTED,
  SIGNING,
  LOCKED;

  public boolean editable() {
    return this == OPEN || this == COMPUTED;
  }
}
