package com.opsuite.gas.problem;

import com.opsuite.core.security.AccessDeniedException;
import com.opsuite.core.security.CallerIdentity;
import com.opsuite.core.security.CallerPermissions;

/** The signed-in user behind a gas request; a platform operator is no user of the tenant. */
public final class Callers {

  private Callers() {}

  public static long userId(CallerPermissions permissions, String permission) {
    return permissions
        .caller()
        .filter(c -> !c.operator())
        .map(CallerIdentity::accountId)
        .orElseThrow(() -> new AccessDeniedException(permission, false));
  }

  /** Requires one of the permissions, naming the first when the caller holds none. */
  public static void requireAny(CallerPermissions permissions, String... any) {
    for (String p : any) {
      if (permissions.has(p)) {
        return;
      }
    }
    permissions.require(any[0]);
  }
}
