package com.opsuite.core.kpi;

import com.opsuite.core.audit.AuditLog;
import com.opsuite.core.kpi.formula.Formula;
import com.opsuite.core.kpi.formula.FormulaException;
import com.opsuite.core.kpi.formula.Reference;
import com.opsuite.core.tenancy.TenantBound;
import com.opsuite.core.validation.InvalidInputException;
import com.opsuite.core.validation.InvalidInputException.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The tenant's indicators: created, changed and deleted only when every rule holds (see {@link
 * IndicatorRules}), each change in the audit log. An indicator another one's formula uses, or with
 * values entered, is not deleted.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class Indicators {

  @PersistenceContext EntityManager em;
  @Inject MeasureCatalog catalog;
  @Inject AuditLog audit;

  /** Every indicator, by code. */
  public List<Indicator> all() {
    return em.createQuery("SELECT i FROM Indicator i ORDER BY i.code", Indicator.class)
        .getResultList();
  }

  public Optional<Indicator> find(String code) {
    return em.createQuery("SELECT i FROM Indicator i WHERE i.code = :code", Indicator.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  public Indicator create(IndicatorDraft draft, String by) {
    check(draft, true, null);
    Indicator indicator = new Indicator(draft.code().strip());
    indicator.apply(draft, by);
    em.persist(indicator);
    em.flush();
    audit.record(by, "kpi.indicator.created", target(indicator), null, describe(indicator));
    return indicator;
  }

  /** Changes everything but the code; {@code expectedVersion}, when given, refuses a stale edit. */
  public Indicator change(String code, IndicatorDraft draft, Long expectedVersion, String by) {
    Indicator indicator = find(code).orElseThrow();
    if (expectedVersion != null && expectedVersion != indicator.getVersion()) {
      throw new OptimisticLockException(indicator);
    }
    IndicatorDraft same =
        new IndicatorDraft(
            code,
            draft.nameZh(),
            draft.nameEn(),
            draft.unit(),
            draft.direction(),
            draft.periodKind(),
            draft.source(),
            draft.formula());
    check(same, false, code);
    String before = describe(indicator);
    indicator.apply(same, by);
    em.flush(); // the version returned is the one committed
    audit.record(by, "kpi.indicator.changed", target(indicator), before, describe(indicator));
    return indicator;
  }

  public void delete(String code, String by) {
    Indicator indicator = find(code).orElseThrow();
    List<String> users =
        all().stream()
            .filter(i -> !i.getCode().equals(code) && refersTo(i, code))
            .map(Indicator::getCode)
            .toList();
    if (!users.isEmpty()) {
      throw InvalidInputException.of("code", "kpi.indicator.inUse", String.join(", ", users));
    }
    long values =
        em.createQuery("SELECT COUNT(v) FROM KpiValue v WHERE v.series = :code", Long.class)
            .setParameter("code", code)
            .getSingleResult();
    if (values > 0) {
      throw InvalidInputException.of("code", "kpi.indicator.hasValues", values);
    }
    em.createQuery("DELETE FROM Target t WHERE t.indicatorId = :id")
        .setParameter("id", indicator.getId())
        .executeUpdate();
    audit.record(by, "kpi.indicator.deleted", target(indicator), describe(indicator), null);
    em.remove(indicator);
  }

  private void check(IndicatorDraft draft, boolean isNew, String code) {
    Map<String, Indicator> others = new HashMap<>();
    for (Indicator i : all()) {
      if (!i.getCode().equals(code)) {
        others.put(i.getCode(), i);
      }
    }
    List<Violation> problems =
        IndicatorRules.problems(draft, isNew, c -> catalog.find(c).isPresent(), others);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  private static boolean refersTo(Indicator indicator, String code) {
    if (indicator.getFormula() == null) {
      return false;
    }
    try {
      return Formula.parse(indicator.getFormula()).references().stream()
          .anyMatch(r -> r.kind() == Reference.Kind.INDICATOR && r.code().equals(code));
    } catch (FormulaException e) {
      return false;
    }
  }

  private static String target(Indicator indicator) {
    return "kpi-indicator:" + indicator.getCode();
  }

  private static String describe(Indicator i) {
    return List.of(
            i.getNameZh(),
            i.getNameEn(),
            String.valueOf(i.getUnit()),
            String.valueOf(i.getDirection()),
            String.valueOf(i.getPeriodKind()),
            String.valueOf(i.getSource()),
            i.getFormula() == null ? "" : i.getFormula())
        .stream()
        .collect(Collectors.joining(" | "));
  }
}
