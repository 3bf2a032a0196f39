package com.opsuite.core.security;

import com.opsuite.core.audit.AuditLog;
import com.opsuite.core.module.ModuleRegistry;
import com.opsuite.core.spi.RoleTemplate;
import com.opsuite.core.tenancy.TenantBound;
import com.opsuite.core.validation.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The current tenant's roles and who holds them. Built-in roles are created from the defaults of
 * core and of each module the tenant enables, once: a role the tenant already has is left as it is.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class TenantRoles {

  /** The scope of roles a tenant defines itself. */
  public static final String CUSTOM = "custom";

  private static final Pattern LOCAL_CODE = Pattern.compile("^[a-z][a-z0-9-]{1,60}$");

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

  /** The roles the user holds. */
  public List<Role> heldBy(long userId) {
    return em.createQuery(
            "SELECT r FROM Role r, UserRole ur WHERE ur.roleCode = r.code AND ur.userId = :user"
                + " ORDER BY r.code",
            Role.class)
        .setParameter("user", userId)
        .getResultList();
  }

  /**
   * The roles the user holds through the positions their staff record holds today, acting ones
   * included: giving someone a position gives them its rights, and only for as long as they hold
   * it.
   */
  public List<Role> heldThroughPositions(long userId) {
    return em.createQuery(
            "SELECT DISTINCT r FROM Role r, PositionRole pr, Assignment a, StaffMember s"
                + " WHERE pr.roleCode = r.code AND pr.positionId = a.positionId"
                + " AND a.staffId = s.id AND s.userId = :user AND s.active = TRUE"
                + " AND a.startsOn <= :today AND (a.endsOn IS NULL OR a.endsOn >= :today)",
            Role.class)
        .setParameter("user", userId)
        .setParameter("today", LocalDate.now())
        .getResultList();
  }

  public List<String> codesHeldBy(long userId) {
    return heldBy(userId).stream().map(Role::getCode).toList();
  }

  /**
   * Creates or changes a tenant-defined role (code {@code custom.<local>}) or changes the
   * permissions of a built-in one; every permission must be declared. {@code expectedVersion}, when
   * given, refuses a change based on a stale read; a negative one asks for a new role only.
   */
  public Role save(
      String code, Set<String> permissions, DataScope scope, Long expectedVersion, String by) {
    Set<String> unknown = new TreeSet<>(permissions);
    unknown.removeAll(catalog.allCodes());
    if (!unknown.isEmpty()) {
      throw InvalidInputException.of(
          "permissions", "role.permission.unknown", String.join(", ", unknown));
    }
    if (CorePermissions.TENANT_ADMIN_ROLE.equals(code)) {
      throw InvalidInputException.of("code", "role.adminIsEverything");
    }
    Role role = em.find(Role.class, code);
    if (role == null && expectedVersion != null && expectedVersion >= 0) {
      // Edited from a read of a role someone deleted meanwhile: not a request to create it anew.
      // (A negative version asks for a new role: it matches no existing one.)
      throw InvalidInputException.of("code", "role.unknown", code);
    }
    if (role == null) {
      if (!code.startsWith(CUSTOM + ".")
          || !LOCAL_CODE.matcher(code.substring(CUSTOM.length() + 1)).matches()) {
        throw InvalidInputException.of("code", "role.code.invalid");
      }
      role = new Role(CUSTOM, code.substring(CUSTOM.length() + 1), permissions, false);
      role.setDataScope(scope);
      em.persist(role);
      audit.record(by, "role.created", code, null, describe(role));
      return role;
    }
    if (expectedVersion != null && expectedVersion != role.getVersion()) {
      throw new OptimisticLockException(role);
    }
    String before = describe(role);
    role.setPermissions(permissions);
    role.setDataScope(scope);
    String after = describe(role);
    if (!before.equals(after)) {
      audit.record(by, "role.changed", code, before, after);
    }
    return role;
  }

  /** Deletes a tenant-defined role; built-in roles stay (a tenant may empty them instead). */
  public boolean delete(String code, String by) {
    Role role = em.find(Role.class, code);
    if (role == null) {
      return false;
    }
    if (role.isBuiltIn()) {
      throw InvalidInputException.of("code", "role.builtIn.undeletable");
    }
    String before = describe(role);
    em.createQuery("DELETE FROM UserRole ur WHERE ur.roleCode = :code")
        .setParameter("code", code)
        .executeUpdate();
    em.remove(role);
    audit.record(by, "role.deleted", code, before, null);
    return true;
  }

  /** Sets exactly which roles the user holds; audits what was added and removed. */
  public void assignExactly(long userId, Set<String> roleCodes, String by) {
    for (String code : roleCodes) {
      if (em.find(Role.class, code) == null) {
        throw InvalidInputException.of("roles", "role.unknown", code);
      }
    }
    Set<String> held = new TreeSet<>(codesHeldBy(userId));
    if (held.contains(CorePermissions.TENANT_ADMIN_ROLE)
        && !roleCodes.contains(CorePermissions.TENANT_ADMIN_ROLE)
        && !hasOtherActiveAdministrator(userId)) {
      throw InvalidInputException.of("roles", "role.lastAdministrator");
    }
    for (String code : held) {
      if (!roleCodes.contains(code)) {
        em.remove(em.find(UserRole.class, new UserRoleKey(userId, code)));
        audit.record(by, "role.unassigned", "user " + userId, code, null);
      }
    }
    for (String code : new TreeSet<>(roleCodes)) {
      if (!held.contains(code)) {
        em.persist(new UserRole(userId, code));
        audit.record(by, "role.assigned", "user " + userId, null, code);
      }
    }
  }

  /**
   * Whether an active user other than this one holds the administrators' role: the tenant must
   * never lose its last one, or nobody could manage users and roles again.
   */
  public boolean hasOtherActiveAdministrator(long userId) {
    return !em.createQuery(
            "SELECT ur.userId FROM UserRole ur, UserAccount a WHERE ur.userId = a.id"
                + " AND ur.roleCode = :admin AND a.active = TRUE AND a.id <> :user",
            Long.class)
        .setParameter("admin", CorePermissions.TENANT_ADMIN_ROLE)
        .setParameter("user", userId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  private static String describe(Role role) {
    return role.getDataScope() + ": " + String.join(",", role.getPermissions());
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
