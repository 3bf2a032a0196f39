package com.opsuite.core.persistence;

import jakarta.persistence.OptimisticLockException;

/**
 * Whether a failure is a concurrent edit: a stale version, however the transaction and the
 * container wrapped it by the time it reached a page bean.
 */
public final class OptimisticLocks {

  private OptimisticLocks() {}

  public static boolean causedBy(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof OptimisticLockException) {
        return true;
      }
    }
    return false;
  }
}
