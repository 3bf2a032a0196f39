package com.opsuite.core.tenancy.signup;

import com.opsuite.core.audit.AuditLog;
import com.opsuite.core.identity.PasswordHashing;
import com.opsuite.core.identity.UserAccount;
import com.opsuite.core.identity.UserAccounts;
import com.opsuite.core.security.CorePermissions;
import com.opsuite.core.security.TenantRoles;
import com.opsuite.core.tenancy.Tenant;
import com.opsuite.core.tenancy.TenantBound;
import com.opsuite.core.tenancy.TenantModules;
import com.opsuite.core.tenancy.TenantRegistry;
import com.opsuite.core.validation.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Creates a tenant with its first administrator and modules in one transaction, already bound to
 * the new tenant (so its own rows pass row-level security): on any failure nothing is left.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class TenantCreation {

  @PersistenceContext EntityManager em;
  @Inject TenantRegistry registry;
  @Inject UserAccounts accounts;
  @Inject TenantModules modules;
  @Inject PasswordHashing passwords;
  @Inject AuditLog audit;
  @Inject TenantRoles roles;

  public void create(Tenant tenant, NewAdmin admin, List<String> moduleIds) {
    if (registry.exists(tenant.getCode())) {
      throw InvalidInputException.of("tenantCode", "signup.code.taken");
    }
    registry.create(tenant);
    // The tenant row first: nothing relates the entities, so EclipseLink would not order them.
    em.flush();
    audit.record(admin.email(), "tenant.created", tenant.getCode(), null, tenant.getName());
    UserAccount account =
        accounts.add(
            new UserAccount(admin.email(), admin.name(), passwords.hash(admin.password()), true));
    roles.ensureAdministratorRole(admin.email());
    for (String module : moduleIds) {
      modules.setEnabled(module, true, admin.email());
    }
    em.flush();
    roles.assign(account.getId(), CorePermissions.TENANT_ADMIN_ROLE, admin.email());
    em.flush();
  }

  /** The first administrator of a new tenant. */
  public record NewAdmin(String name, String email, String password) {
    @Override
    public String toString() {
      return "NewAdmin[" + email + "]";
    }
  }
}
