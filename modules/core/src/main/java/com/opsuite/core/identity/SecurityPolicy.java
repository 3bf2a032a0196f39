package com.opsuite.core.identity;

import java.time.Duration;

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
    boolean totpRequiredForAdmins) {}
