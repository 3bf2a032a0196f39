package com.opsuite.core.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.Instant;

/**
 * An account's failed sign-ins and the lock they lead to, counted per account whatever the address.
 * Shared by tenant users and platform operators, whose tables carry the same two columns.
 */
@Embeddable
public class Lockout implements Serializable {

  private static final long serialVersionUID = 1L;

  @Column(name = "failed_logins", nullable = false)
  private int failedLogins;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  public boolean isLocked(Instant now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }

  public Instant lockedUntil() {
    return lockedUntil;
  }

  /**
   * Counts a failed sign-in; the {@code threshold}-th locks until {@code until} and starts the
   * count again. Whether this failure locked the account.
   */
  public boolean failed(int threshold, Instant until) {
    if (++failedLogins < threshold) {
      return false;
    }
    lockedUntil = until;
    failedLogins = 0;
    return true;
  }

  /** A successful sign-in or a new password: no failures count any more. */
  public void clear() {
    failedLogins = 0;
    lockedUntil = null;
  }
}
