package com.opsuite.core.org;

import com.opsuite.core.audit.AuditLog;
import com.opsuite.core.module.ModuleRegistry;
import com.opsuite.core.security.TenantRoles;
import com.opsuite.core.spi.OrgTemplate;
import com.opsuite.core.spi.VerticalModule;
import com.opsuite.core.tenancy.TenantBound;
import com.opsuite.core.tenancy.TenantContext;
import com.opsuite.core.tenancy.TenantModules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Applies a module's default organisation to the tenant. Idempotent and respectful: an item the
 * tenant received once is never created again (even after it was renamed or deleted), and nothing
 * existing is changed. Items whose unit the tenant deleted are skipped. A department the tenant
 * already has by the same name (another module's, say) is joined, not duplicated, and a position
 * already there by the same title is taken as the template's.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class OrgTemplates {

  @PersistenceContext EntityManager em;
  @Inject ModuleRegistry modules;
  @Inject TenantModules tenantModules;
  @Inject TenantContext tenant;
  @Inject OrgUnits units;
  @Inject Positions positions;
  @Inject TenantRoles roles;
  @Inject AuditLog audit;

  /** What applying did: items created now, and items not created (received before, or orphaned). */
  public record Result(int created, int skipped) {}

  /** Whether the module has a template with items the tenant has not received yet. */
  public boolean hasNewItems(String moduleId) {
    Optional<VerticalModule> module = modules.find(moduleId);
    if (module.isEmpty()) {
      return false;
    }
    OrgTemplate template = module.get().orgTemplate();
    return template.units().stream().anyMatch(u -> !received(unitKey(moduleId, u.key())))
        || template.positions().stream().anyMatch(p -> !received(positionKey(moduleId, p.key())));
  }

  public Result apply(String moduleId, String by) {
    VerticalModule module =
        modules
            .find(moduleId)
            .filter(m -> tenantModules.isEnabled(m.id()))
            .orElseThrow(() -> OrgUnits.invalid("module", "org.template.moduleNotEnabled"));
    OrgTemplate template = module.orgTemplate();
    Locale locale = tenant.require().locale();
    roles.ensureDefaults(moduleId, by);
    OrgUnit company = units.company();
    int created = 0;
    int skipped = 0;
    Map<String, OrgUnit> adopted = new HashMap<>();
    for (OrgTemplate.Unit u : template.units()) {
      String key = unitKey(moduleId, u.key());
      Optional<OrgUnit> parent =
          u.parentKey() == null ? Optional.of(company) : unitOf(unitKey(moduleId, u.parentKey()));
      if (received(key) || parent.isEmpty()) {
        skipped++;
        continue;
      }
      String name = module.text(locale, "org.unit." + u.key());
      Optional<OrgUnit> namesake = units.childNamed(parent.get().getId(), name);
      if (namesake.isPresent()) {
        // Another module's template (or the tenant) already made this department, e.g. the
        // operations department two verticals share: its positions join that one.
        adopted.put(key, namesake.get());
        receive(key);
        continue;
      }
      OrgTemplate.Position head =
          template.positions().stream()
              .filter(p -> p.key().equals(u.headKey()))
              .findFirst()
              .orElseThrow(() -> new IllegalStateException("Template head missing: " + u));
      String headKey = positionKey(moduleId, head.key());
      OrgUnit unit =
          units.create(
              parent.get().getId(),
              u.group() ? UnitKind.GROUP : UnitKind.DEPARTMENT,
              name,
              module.text(locale, "org.position." + head.key()),
              key,
              headKey,
              by);
      Position headPosition = em.find(Position.class, unit.getHeadPositionId());
      positions.change(
          headPosition.getId(),
          draft(module, moduleId, head, unit.getId(), headPosition.getReportsToId(), locale),
          null,
          by);
      receive(key);
      receive(headKey);
      created += 2;
    }
    for (OrgTemplate.Position p : template.positions()) {
      String key = positionKey(moduleId, p.key());
      if (received(key)) {
        continue;
      }
      String unitKey = unitKey(moduleId, p.unitKey());
      Optional<OrgUnit> unit =
          adopted.containsKey(unitKey) ? Optional.of(adopted.get(unitKey)) : unitOf(unitKey);
      if (unit.isEmpty()) {
        skipped++;
        continue;
      }
      String title = module.text(locale, "org.position." + p.key());
      if (positions.titled(unit.get().getId(), title).isPresent()) {
        receive(key);
        continue;
      }
      Long reportsTo =
          p.reportsToKey() == null
              ? unit.get().getHeadPositionId()
              : positionOf(positionKey(moduleId, p.reportsToKey()))
                  .map(Position::getId)
                  .orElse(unit.get().getHeadPositionId());
      positions.create(draft(module, moduleId, p, unit.get().getId(), reportsTo, locale), key, by);
      receive(key);
      created++;
    }
    audit.record(
        by, "org.template.applied", moduleId, null, created + " created, " + skipped + " skipped");
    return new Result(created, skipped);
  }

  private static PositionDraft draft(
      VerticalModule module,
      String moduleId,
      OrgTemplate.Position p,
      long unitId,
      Long reportsTo,
      Locale locale) {
    String dutiesKey = "org.position." + p.key() + ".duties";
    String duties = module.text(locale, dutiesKey);
    Set<String> roleCodes =
        p.roles().stream().map(r -> moduleId + "." + r).collect(Collectors.toSet());
    return new PositionDraft(
        unitId,
        module.text(locale, "org.position." + p.key()),
        reportsTo,
        p.headcount(),
        duties.startsWith("???") ? null : "<p>" + escape(duties) + "</p>",
        null,
        null,
        roleCodes);
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private boolean received(String key) {
    return em.find(TemplateItem.class, key) != null;
  }

  private void receive(String key) {
    em.persist(new TemplateItem(key));
  }

  private Optional<OrgUnit> unitOf(String templateKey) {
    return em
        .createQuery("SELECT u FROM OrgUnit u WHERE u.templateKey = :key", OrgUnit.class)
        .setParameter("key", templateKey)
        .getResultList()
        .stream()
        .findFirst();
  }

  private Optional<Position> positionOf(String templateKey) {
    return em
        .createQuery("SELECT p FROM Position p WHERE p.templateKey = :key", Position.class)
        .setParameter("key", templateKey)
        .getResultList()
        .stream()
        .findFirst();
  }

  /**
   * The keys of received items name the kind too: a module may call a unit and a position alike
   * (dental-ops' "customer-service" group and position), and one must not hide the other.
   */
  static String unitKey(String moduleId, String itemKey) {
    return moduleId + ":unit:" + itemKey;
  }

  static String positionKey(String moduleId, String itemKey) {
    return moduleId + ":position:" + itemKey;
  }
}
