package com.opsuite.web.security;

import com.opsuite.core.security.SignedInUser;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * A page session's sign-in: who, and when. How long it may last is not fixed here but read at each
 * request ({@link SessionLimits}), so a tenant that tightens its policy also ends sessions already
 * open. {@code mustChangePassword} and {@code mustEnrolTotp} keep the user on their account page
 * until done.
 */
public record SessionSignIn(
    SignedInUser user, Instant signedInAt, boolean mustChangePassword, boolean mustEnrolTotp)
    implements Serializable {

  public static final String ATTRIBUTE = "opsuite.signIn";

  /**
   * Whether the sign-in is {@code maxAge} old or older by {@code now}. One without a sign-in time
   * (replicated from an instance running the version before, during a rolling update) is.
   */
  public boolean outlived(Duration maxAge, Instant now) {
    return signedInAt == null || !signedInAt.plus(maxAge).isAfter(now);
  }

  public SessionSignIn passwordChanged() {
    return new SessionSignIn(user, signedInAt, false, mustEnrolTotp);
  }

  public SessionSignIn totpEnrolled() {
    return new SessionSignIn(user, signedInAt, mustChangePassword, false);
  }
}
