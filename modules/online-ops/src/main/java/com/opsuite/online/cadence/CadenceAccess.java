package com.opsuite.online.cadence;

import com.opsuite.core.security.AccessDeniedException;
import com.opsuite.core.security.CallerIdentity;
import com.opsuite.core.security.CallerPermissions;
import java.util.List;

/**
 * Who may read the calendar, the occasions and the compliance: anyone of the department who works
 * on content or reads its reports. Changing occasions takes {@code online.content.edit}; rules and
 * columns {@code online.cadence.manage}.
 */
public final class CadenceAccess {

  public static final String EDIT_OCCASIONS = "online.content.edit";
  public static final String MANAGE = "online.cadence.manage";

  public static final List<String> READ =
      List.of(
          "online.content.edit",
          "online.content.review",
          "online.content.publish",
          MANAGE,
          "online.report.view");

  private CadenceAccess() {}

  public static boolean mayRead(CallerPermissions permissions) {
    return READ.stream().anyMatch(permissions::has);
  }

  /** Requires one of the read permissions, naming the first when the caller holds none. */
  public static void requireRead(CallerPermissions permissions) {
    if (!mayRead(permissions)) {
      permissions.require(READ.get(0));
    }
  }

  public static long userId(CallerPermissions permissions, String permission) {
    return permissions
        .caller()
        .filter(c -> !c.operator())
        .map(CallerIdentity::accountId)
        .orElseThrow(() -> new AccessDeniedException(permission, false));
  }
}
