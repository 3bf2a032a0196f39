package com.opsuite.gas.registry;

import com.opsuite.core.security.AccessDeniedException;
import com.opsuite.core.security.CallerPermissions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Who may read the registry: anyone holding one of the module's permissions, since inspectors,
 * auditors and supervisors all look customers up; writing needs the specific permission.
 */
@Named("gasRegistryAccess")
@RequestScoped
public class RegistryAccess {

  public static final String MANAGE = "gas.customers.manage";
  public static final String ASSIGN = "gas.inspection.assign";
  public static final String IMPORT = "gas.purchases.import";

  @Inject CallerPermissions permissions;

  public boolean mayRead() {
    return permissions.all().stream().anyMatch(p -> p.startsWith("gas."));
  }

  /** For the API and for pages' view actions (the forbidden page). */
  public void requireRead() {
    if (!mayRead()) {
      throw new AccessDeniedException(MANAGE, permissions.caller().isPresent());
    }
  }
}
