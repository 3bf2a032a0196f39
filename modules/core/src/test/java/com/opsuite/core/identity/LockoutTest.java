package com.opsuite.core.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class LockoutTest {

  private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
  private static final Instant UNTIL = NOW.plusSeconds(900);

  @Test
  void theLastAllowedFailureLocksUntilTheGivenTimeAndCountingStartsAgain() {
    Lockout lockout = new Lockout();
    assertFalse(lockout.failed(3, UNTIL));
    assertFalse(lockout.failed(3, UNTIL));
    assertFalse(lockout.isLocked(NOW));
    assertTrue(lockout.failed(3, UNTIL), "the third failure locks");
    assertTrue(lockout.isLocked(NOW));
    assertEquals(UNTIL, lockout.lockedUntil());
    assertFalse(lockout.isLocked(UNTIL), "the lock ends by itself");
    assertFalse(lockout.failed(3, UNTIL.plusSeconds(900)), "counting starts again after a lock");
  }

  @Test
  void clearingForgetsFailuresAndTheLock() {
    Lockout lockout = new Lockout();
    lockout.failed(2, UNTIL);
    lockout.clear();
    assertFalse(lockout.failed(2, UNTIL), "the earlier failure no longer counts");
    assertTrue(lockout.failed(2, UNTIL));
    lockout.clear();
    assertFalse(lockout.isLocked(NOW));
  }
}
