package com.opsuite.core.identity;

import com.opsuite.core.security.SignedInUser;

/**
 * The outcome of a sign-in attempt. A failure never says why: an unknown e-mail, a wrong password
 * and a locked account look the same to the caller (the audit log knows).
 */
public record SignInResult(
    Outcome outcome, SignedInUser user, boolean passwordExpired, boolean secondFactorMissing) {

  /** What happened. */
  public enum Outcome {
    SIGNED_IN,
    /** The password was right; the account's authenticator code is needed too. */
    CODE_REQUIRED,
    FAILED
  }

  static SignInResult failed() {
    return new SignInResult(Outcome.FAILED, null, false, false);
  }

  static SignInResult codeRequired() {
    return new SignInResult(Outcome.CODE_REQUIRED, null, false, false);
  }

  public boolean signedIn() {
    return outcome == Outcome.SIGNED_IN;
  }
}
