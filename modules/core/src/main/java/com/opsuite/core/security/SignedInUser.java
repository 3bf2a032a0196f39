package com.opsuite.core.security;

import java.io.Serializable;

/**
 * A page session's sign-in, kept in the HTTP session: worthless outside its tenant. {@code tenant}
 * is null for a platform operator.
 */
public record SignedInUser(String tenant, long accountId, String name, String displayName)
    implements CallerIdentity, Serializable {

  @Override
  public String getName() {
    return name;
  }
}
