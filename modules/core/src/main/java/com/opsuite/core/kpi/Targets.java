package com.opsuite.core.kpi;

import com.opsuite.core.audit.AuditLog;
import com.opsuite.core.i18n.CoreText;
import com.opsuite.core.tenancy.TenantBound;
import com.opsuite.core.validation.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Targets of indicators per period and subject. One per cell; the tenant-wide one is the default
 * for every subject without its own. A closed period's targets are final.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class Targets {

  @PersistenceContext EntityManager em;
  @Inject Indicators indicators;
  @Inject PeriodClosings closings;
  @Inject Subjects subjects;
  @Inject AuditLog audit;

  public Optional<Target> find(long id) {
    return Optional.ofNullable(em.find(Target.class, id));
  }

  /** The targets of an indicator, optionally of one period, by period and subject. */
  public List<Target> of(Indicator indicator, Period period) {
    TypedQuery<Target> query =
        em.createQuery(
            "SELECT t FROM Target t WHERE t.indicatorId = :id"
                + (period == null ? "" : " AND t.period = :period")
                + " ORDER BY t.period, t.subjectKind, t.subjectId",
            Target.class);
    query.setParameter("id", indicator.getId());
    if (period != null) {
      query.setParameter("period", period.toString());
    }
    return query.getResultList();
  }

  /** Every target of the indicators in the period, for a computation. */
  List<Target> forPeriod(Collection<Long> indicatorIds, Period period) {
    if (indicatorIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT t FROM Target t WHERE t.indicatorId IN :ids AND t.period = :period",
            Target.class)
        .setParameter("ids", indicatorIds)
        .setParameter("period", period.toString())
        .getResultList();
  }

  public Target create(
      Indicator indicator, Period period, Subject subject, ScoringDraft draft, String by) {
    writable(indicator, period);
    subjects.requireExisting(subject);
    ScoringRule rule = TargetRules.scoring(draft, indicator.getDirection());
    long taken =
        em.createQuery(
                "SELECT COUNT(t) FROM Target t WHERE t.indicatorId = :id AND t.period = :period"
                    + " AND t.subjectKind = :kind AND t.subjectId = :subject",
                Long.class)
            .setParameter("id", indicator.getId())
            .setParameter("period", period.toString())
            .setParameter("kind", subject.kind())
            .setParameter("subject", subject.id())
            .getSingleResult();
    if (taken > 0) {
      throw InvalidInputException.of(
          "period", "kpi.target.taken", indicator.name(), period.toString());
    }
    Target target = new Target(indicator.getId(), period, subject);
    target.apply(rule, by);
    em.persist(target);
    em.flush();
    audit.record(by, "kpi.target.created", describe(indicator, target), null, rule.toString());
    return target;
  }

  public Target change(
      Indicator indicator, Target target, ScoringDraft draft, Long expectedVersion, String by) {
    if (expectedVersion != null && expectedVersion != target.getVersion()) {
      throw new OptimisticLockException(target);
    }
    writable(indicator, target.period());
    ScoringRule rule = TargetRules.scoring(draft, indicator.getDirection());
    String before = target.scoring().toString();
    target.apply(rule, by);
    em.flush(); // the version returned is the one committed
    audit.record(by, "kpi.target.changed", describe(indicator, target), before, rule.toString());
    return target;
  }

  public void delete(Indicator indicator, Target target, String by) {
    writable(indicator, target.period());
    audit.record(
        by, "kpi.target.deleted", describe(indicator, target), target.scoring().toString(), null);
    em.remove(target);
  }

  private void writable(Indicator indicator, Period period) {
    if (indicator.getPeriodKind() != period.kind()) {
      throw InvalidInputException.of(
          "period",
          "kpi.period.kindMismatch",
          indicator.name(),
          new CoreText("kpi.periodKind." + indicator.getPeriodKind()),
          period.toString());
    }
    Optional<Period> closed = closings.closing(period);
    if (closed.isPresent()) {
      throw InvalidInputException.of("period", "kpi.period.closed", closed.get().toString());
    }
  }

  private static String describe(Indicator indicator, Target target) {
    return "kpi-target:" + indicator.getCode() + "/" + target.period() + "/" + target.subject();
  }
}
