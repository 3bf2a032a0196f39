package com.opsuite.core.tenancy;

import com.opsuite.core.audit.AuditLog;
import com.opsuite.core.module.ModuleRegistry;
import com.opsuite.core.security.TenantRoles;
import com.opsuite.core.spi.VerticalModule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which installed modules the current tenant has enabled. Disabling only cuts access: the module's
 * data stays, and is back as it was when the module is enabled again.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class TenantModules {

  @PersistenceContext EntityManager em;
  @Inject ModuleRegistry modules;
  @Inject AuditLog audit;
  @Inject TenantRoles roles;

  /** Ids of the modules the current tenant may use (installed and enabled). */
  public Set<String> enabledIds() {
    Set<String> installed =
        modules.installed().stream().map(VerticalModule::id).collect(Collectors.toSet());
    return em.createQuery(
            "SELECT m.moduleId FROM TenantModule m WHERE m.enabled = true", String.class)
        .getResultStream()
        .filter(installed::contains)
        .collect(Collectors.toUnmodifiableSet());
  }

  public boolean isEnabled(String moduleId) {
    return enabledIds().contains(moduleId);
  }

  /** The installed modules the current tenant has enabled, in module order. */
  public List<VerticalModule> enabled() {
    Set<String> ids = enabledIds();
    return modules.installed().stream().filter(m -> ids.contains(m.id())).toList();
  }

  /**
   * How many settings the tenant has changed from the default, for every module it has a record of
   * (0 where none). Two queries, not a left join: EclipseLink adds the joined entity's tenant
   * filter to WHERE and so silently turns a LEFT JOIN into an inner one
   * (eclipse-ee4j/eclipselink#1185).
   */
  public Map<String, Long> customizedSettingCounts() {
    Map<String, Long> counts = new HashMap<>();
    em.createQuery("SELECT m.moduleId FROM TenantModule m", String.class)
        .getResultList()
        .forEach(module -> counts.put(module, 0L));
    em.createQuery("SELECT s.scope, COUNT(s) FROM TenantSetting s GROUP BY s.scope", Object[].class)
        .getResultList()
        .forEach(
            row ->
                counts.computeIfPresent(
                    (String) row[0], (module, zero) -> ((Number) row[1]).longValue()));
    return counts;
  }

  /** Switches a module on or off for the current tenant; an unknown module is refused. */
  public void setEnabled(String moduleId, boolean enabled, String by) {
    if (modules.find(moduleId).isEmpty()) {
      throw new IllegalArgumentException("No module " + moduleId + " is installed");
    }
    TenantModule row = em.find(TenantModule.class, moduleId);
    boolean before = row != null && row.isEnabled();
    if (row == null) {
      em.persist(new TenantModule(moduleId, enabled, by));
    } else if (row.isEnabled() != enabled) {
      row.setEnabled(enabled, by);
    }
    if (enabled) {
      roles.ensureDefaults(moduleId, by);
    }
    if (before != enabled) {
      audit.record(
          by,
          enabled ? "module.enabled" : "module.disabled",
          moduleId,
          Boolean.toString(before),
          Boolean.toString(enabled));
    }
  }
}
