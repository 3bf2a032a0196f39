package com.opsuite.core.security;

import com.opsuite.core.audit.AuditLog;
import com.opsuite.core.module.ModuleRegistry;
import com.opsuite.core.spi.RoleTemplate;
import com.opsuite.core.tenancy.TenantBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The current tenant's roles and who holds them. Built-in roles are created from the defaults of
 * core and of each module the tenant enables, once: a role the tenant already has is left as it is.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class TenantRoles {

  @PersistenceContext EntityManager em;
  @Inject ModuleRegistry modules;
  @Inject PermissionCatalog catalog;
  @Inject AuditLog audit;

  /**
   * Core's administrator role, holding every permission core and the installed modules declare.
   * Whether it had to be created.
   */
  public boolean ensureAdministratorRole(String by) {
    if (em.find(Role.class, CorePermissions.TENANT_ADMIN_ROLE) != null) {
      return false;
    }
    Set<String> all = catalog.allCodes();
    em.persist(new Role(PermissionCatalog.CORE, "tenant-admin", all, true));
    audit.record(
        by, "role.created", CorePermissions.TENANT_ADMIN_ROLE, null, String.join(",", all));
    return true;
  }

  /** Creates the module's default roles the tenant does not have yet; whether there were any. */
  public boolean ensureDefaults(String moduleId, String by) {
    boolean created = false;
    for (RoleTemplate template : modules.find(moduleId).orElseThrow().defaultRoles()) {
      String code = moduleId + "." + template.code();
      if (em.find(Role.class, code) == null) {
        em.persist(new Role(moduleId, template.code(), template.permissions(), true));
        audit.record(
            by,
            "role.created",
            code,
            null,
            String.join(",", new TreeSet<>(template.permissions())));
        created = true;
      }
    }
    return created;
  }

  public List<Role> roles() {
    return em.createQuery("SELECT r FROM Role r ORDER BY r.scope, r.code", Role.class)
        .getResultList();
  }

  /** Gives the user the role unless they hold it; whether they did not. */
  public boolean assign(Long userId, String roleCode, String by) {
    if (em.find(Role.class, roleCode) == null) {
      throw new IllegalArgumentException("No role " + roleCode);
    }
    if (em.find(UserRole.class, new UserRoleKey(userId, roleCode)) != null) {
      return false;
    }
    em.persist(new UserRole(userId, roleCode));
    audit.record(by, "role.assigned", "user " + userId, null, roleCode);
    return true;
  }
}
