package com.opsuite.web.security;

import com.opsuite.core.security.SignedInUser;
import java.io.Serializable;
import java.time.Instant;

/**
 * A page session's sign-in: who, and until when at the latest (the tenant's absolute session
 * lifetime; the idle timeout is the HTTP session's own). {@code mustChangePassword} and {@code
 * mustEnrolTotp} keep the user on their account page until done.
 */
public record SessionSignIn(
    SignedInUser user, Instant expiresAt, boolean mustChangePassword, boolean mustEnrolTotp)
    implements Serializable {

  public static final String ATTRIBUTE = "opsuite.signIn";

  public boolean expired(Instant now) {
    return !expiresAt.isAfter(now);
  }

  public SessionSignIn passwordChanged() {
    return new SessionSignIn(user, expiresAt, false, mustEnrolTotp);
  }

  public SessionSignIn totpEnrolled() {
    return new SessionSignIn(user, expiresAt, mustChangePassword, false);
  }
}
