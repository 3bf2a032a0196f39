package com.opsuite.web.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.opsuite.core.security.SignedInUser;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The absolute limit at its edge, which the integration test cannot wait for. */
class SessionSignInTest {

  private static final Instant SIGNED_IN = Instant.parse("2026-05-04T08:00:00Z");
  private static final SessionSignIn SIGN_IN =
      new SessionSignIn(
          new SignedInUser("acme", 1, "a@acme.example", "A"), SIGNED_IN, false, false);

  @Test
  void aSignInLastsUpToItsLimitAndNotAMomentLonger() {
    Duration twelveHours = Duration.ofHours(12);
    assertFalse(SIGN_IN.outlived(twelveHours, SIGNED_IN.plus(twelveHours).minusMillis(1)));
    assertTrue(SIGN_IN.outlived(twelveHours, SIGNED_IN.plus(twelveHours)));
    assertTrue(SIGN_IN.outlived(twelveHours, SIGNED_IN.plus(Duration.ofHours(13))));
  }

  @Test
  void aLimitLoweredAfterSignInAppliesToIt() {
    Instant twoHoursLater = SIGNED_IN.plus(Duration.ofHours(2));
    assertFalse(SIGN_IN.outlived(Duration.ofHours(12), twoHoursLater));
    assertTrue(SIGN_IN.outlived(Duration.ofHours(1), twoHoursLater));
  }

  @Test
  void aSignInWithoutATimeFromTheVersionBeforeHasOutlivedAnyLimit() {
    SessionSignIn older = new SessionSignIn(SIGN_IN.user(), null, false, false);
    assertTrue(older.outlived(Duration.ofHours(168), SIGNED_IN));
  }
}
