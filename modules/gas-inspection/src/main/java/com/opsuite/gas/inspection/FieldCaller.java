package com.opsuite.gas.inspection;

import com.opsuite.core.security.AccessDeniedException;
import com.opsuite.core.security.CallerIdentity;
import com.opsuite.core.security.CallerPermissions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/** Who is calling, as inspection work needs it: a tenant user, and one of the module's users. */
@RequestScoped
public class FieldCaller {

  static final String PERFORM = "gas.inspection.perform";

  @Inject CallerPermissions permissions;

  /** The signed-in tenant user's account; platform operators do no field work. */
  public long accountId() {
    return permissions
        .caller()
        .filter(c -> !c.operator())
        .map(CallerIdentity::accountId)
        .orElseThrow(() -> new AccessDeniedException(PERFORM, permissions.caller().isPresent()));
  }

  /**
   * Inspection records and their photos are the module's business: readable by whoever holds any of
   * its permissions (inspectors, supervisors, auditors), by no one else.
   */
  public void requireModuleUser() {
    if (permissions.all().stream().noneMatch(p -> p.startsWith("gas."))) {
      throw new AccessDeniedException(PERFORM, permissions.caller().isPresent());
    }
  }
}
