package com.opsuite.web.users;

import com.opsuite.core.security.PermissionCatalog;
import com.opsuite.core.security.Role;
import com.opsuite.core.security.TenantRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/** The tenant's roles as people read them: a built-in role by its localized name. */
@ApplicationScoped
public class RoleNames {

  @Inject TenantRoles roles;
  @Inject PermissionCatalog catalog;

  /** Every role of the tenant, in the order of {@link TenantRoles#roles()}. */
  public List<RoleName> all(Locale locale) {
    return roles.roles().stream().map(r -> new RoleName(r.getCode(), label(r, locale))).toList();
  }

  public String label(Role role, Locale locale) {
    return catalog.roleLabel(role.getScope(), role.getLocalCode(), locale);
  }

  /** A role's code and its name in the user's language. */
  public record RoleName(String code, String label) implements Serializable {}
}
