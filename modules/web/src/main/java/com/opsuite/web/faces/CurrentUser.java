package com.opsuite.web.faces;

import com.opsuite.core.api.Caller;
import com.opsuite.core.security.CallerIdentity;
import com.opsuite.core.security.CallerPermissions;
import com.opsuite.core.security.SignedInUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Who is acting on a page: for the record, and for the page header. */
@Named
@RequestScoped
public class CurrentUser {

  @Inject CallerPermissions permissions;

  /** The name changes are recorded under: the signed-in e-mail. */
  public String name() {
    return permissions.caller().map(CallerIdentity::getName).orElse(Caller.ANONYMOUS);
  }

  /** The signed-in tenant user's account; pages that call it are closed to platform operators. */
  public long accountId() {
    return permissions
        .caller()
        .filter(c -> !c.operator())
        .map(CallerIdentity::accountId)
        .orElseThrow();
  }

  public String getDisplayName() {
    return permissions
        .caller()
        .map(c -> c instanceof SignedInUser user ? user.displayName() : c.getName())
        .orElse("");
  }
}
