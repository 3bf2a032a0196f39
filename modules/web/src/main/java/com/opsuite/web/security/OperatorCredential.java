package com.opsuite.web.security;

import jakarta.security.enterprise.credential.Credential;

/** What the operator sign-in form hands to the authentication mechanism. */
public record OperatorCredential(String username, String password) implements Credential {

  @Override
  public String toString() {
    return "OperatorCredential[" + username + "]";
  }
}
