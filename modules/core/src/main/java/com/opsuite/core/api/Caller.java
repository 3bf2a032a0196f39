package com.opsuite.core.api;

import jakarta.ws.rs.core.SecurityContext;

/**
 * Who made an API call, for the record: the token's user (upn), or "anonymous" on public endpoints.
 */
public final class Caller {

  public static final String ANONYMOUS = "anonymous";

  private Caller() {}

  public static String name(SecurityContext security) {
    return security == null || security.getUserPrincipal() == null
        ? ANONYMOUS
        : security.getUserPrincipal().getName();
  }
}
