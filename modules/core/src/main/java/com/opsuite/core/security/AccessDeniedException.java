package com.opsuite.core.security;

/** The caller is not signed in, or lacks the permission the action needs. */
public class AccessDeniedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String permission;
  private final boolean signedIn;

  public AccessDeniedException(String permission, boolean signedIn) {
    super((signedIn ? "Missing permission " : "Not signed in, needs ") + permission);
    this.permission = permission;
    this.signedIn = signedIn;
  }

  public String permission() {
    return permission;
  }

  /** False when nobody is signed in: the answer is "sign in" (401), not "forbidden" (403). */
  public boolean signedIn() {
    return signedIn;
  }
}
