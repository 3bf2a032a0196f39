package com.opsuite.core.security;

import java.security.Principal;

/**
 * Who is calling, as the sign-in established it: a user of one tenant (page session or API token)
 * or a platform operator, who belongs to no tenant.
 */
public interface CallerIdentity extends Principal {

  /** The tenant the caller signed in to; {@code null} for a platform operator. */
  String tenant();

  /** The user account's id, or the operator's. */
  long accountId();

  default boolean operator() {
    return tenant() == null;
  }
}
