package com.opsuite.core.tenancy.definition;

import com.opsuite.core.identity.PasswordHashing;
import com.opsuite.core.identity.UserAccount;
import com.opsuite.core.identity.UserAccounts;
import com.opsuite.core.module.ModuleRegistry;
import com.opsuite.core.org.OrgTemplates;
import com.opsuite.core.security.CorePermissions;
import com.opsuite.core.security.TenantRoles;
import com.opsuite.core.settings.TenantSettings;
import com.opsuite.core.spi.VerticalModule;
import com.opsuite.core.tenancy.Tenant;
import com.opsuite.core.tenancy.TenantBound;
import com.opsuite.core.tenancy.TenantModules;
import com.opsuite.core.tenancy.TenantRegistry;
import com.opsuite.core.tenancy.signup.TenantCreation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Set;

/**
 * Brings an existing tenant in line with its definition, in one transaction, changing only what
 * differs: name, language, time zone, modules (listed on, others off, data kept) and settings. The
 * administrator is created if missing; an existing account, and its password, are never touched.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class TenantAlignment {

  @Inject TenantRegistry registry;
  @Inject TenantModules modules;
  @Inject ModuleRegistry installed;
  @Inject TenantSettings settings;
  @Inject UserAccounts accounts;
  @Inject PasswordHashing passwords;
  @Inject TenantCreation creation;
  @Inject TenantRoles roles;
  @Inject OrgTemplates orgTemplates;
  @PersistenceContext EntityManager em;

  /** Creates the tenant as signup does and applies the rest of its file, all in one transaction. */
  public void create(TenantDefinition definition) {
    Tenant tenant =
        new Tenant(
            definition.code(), definition.name(), definition.locale(), definition.timeZone());
    creation.create(
        tenant,
        new TenantCreation.NewAdmin(
            definition.admin().name(), definition.admin().email(), definition.admin().password()),
        definition.modules());
    align(definition);
  }

  /** Whether anything had to change. */
  public boolean align(TenantDefinition definition) {
    String by = "tenants/" + definition.sourceFile();
    Tenant tenant = registry.find(definition.code()).orElseThrow();
    boolean changed = false;
    if (!tenant.getName().equals(definition.name())) {
      tenant.rename(definition.name());
      changed = true;
    }
    if (!tenant.getLocale().equals(definition.locale())) {
      tenant.setLocale(definition.locale());
      changed = true;
    }
    if (!tenant.getTimeZone().equals(definition.timeZone())) {
      tenant.setTimeZone(definition.timeZone());
      changed = true;
    }
    Set<String> enabled = modules.enabledIds();
    for (VerticalModule module : installed.installed()) {
      boolean wanted = definition.modules().contains(module.id());
      if (wanted != enabled.contains(module.id())) {
        modules.setEnabled(module.id(), wanted, by);
        changed = true;
      }
    }
    for (Map.Entry<String, Map<String, String>> scope : definition.settings().entrySet()) {
      Map<String, String> before = settings.values(scope.getKey());
      boolean differs =
          scope.getValue().entrySet().stream()
              .anyMatch(e -> !e.getValue().equals(before.get(e.getKey())));
      if (differs) {
        settings.change(scope.getKey(), scope.getValue(), by);
        changed = true;
      }
    }
    // Roles of tenants made before roles existed, or of modules enabled meanwhile.
    changed |= roles.ensureAdministratorRole(by);
    for (String module : definition.modules()) {
      changed |= roles.ensureDefaults(module, by);
    }
    // A demo tenant shows its modules' organisation from the start; a real one decides itself.
    if (definition.demoData()) {
      for (String module : definition.modules()) {
        if (orgTemplates.hasNewItems(module)) {
          orgTemplates.apply(module, by);
          changed = true;
        }
      }
    }
    UserAccount account = accounts.findByEmail(definition.admin().email()).orElse(null);
    if (account == null) {
      account =
          accounts.add(
              new UserAccount(
                  definition.admin().email(),
                  definition.admin().name(),
                  passwords.hash(definition.admin().password()),
                  true));
      changed = true;
    }
    em.flush();
    if (roles.assign(account.getId(), CorePermissions.TENANT_ADMIN_ROLE, by)) {
      // A role given back: an administrator's page read before this must not take it away again.
      account.rolesChanged();
      changed = true;
    }
    return changed;
  }
}
