package com.opsuite.core.identity;

import java.time.Duration;
import java.time.Instant;

/** The current tenant's password, lockout and session rules, as its settings say now. */
public record SecurityPolicy(
    int passwordMinLength,
    int passwordCharacterClasses,
    int passwordExpiryDays,
    int passwordHistory,
    int lockoutAttempts,
    Duration lockoutDuration,
    Duration sessionIdle,
    Duration sessionMaxAge,
    boolean totpRequiredForAdmins) {

  /** Whether a password set at {@code changedAt} has expired by {@code now}; 0 days: never. */
  public boolean passwordExpired(Instant changedAt, Instant now) {
    return passwordExpiryDays > 0
        && changedAt.plus(Duration.ofDays(passwordExpiryDays)).isBefore(now);
  }
}
