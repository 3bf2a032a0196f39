package com.opsuite.web.security;

import jakarta.security.enterprise.credential.Credential;

/**
 * What the sign-in form hands to the authentication mechanism: e-mail, password and, on the second
 * step, the authenticator code. The tenant is the one the request is bound to.
 */
public record TenantCredential(String email, String password, String code) implements Credential {

  @Override
  public String toString() {
    return "TenantCredential[" + email + "]";
  }
}
