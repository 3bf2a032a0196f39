package com.opsuite.online.design;

import com.opsuite.core.security.AccessDeniedException;
import com.opsuite.core.security.CallerIdentity;
import com.opsuite.core.security.CallerPermissions;
import java.security.Principal;

/** The signed-in user behind a design, budget or expense request; an operator is no user of it. */
public final class DesignCaller {

  private DesignCaller() {}

  public static long userId(CallerPermissions permissions, String permission) {
    return permissions
        .caller()
        .filter(c -> !c.operator())
        .map(CallerIdentity::accountId)
        .orElseThrow(() -> new AccessDeniedException(permission, false));
  }

  public static String name(CallerPermissions permissions) {
    return permissions.caller().map(Principal::getName).orElse("anonymous");
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
