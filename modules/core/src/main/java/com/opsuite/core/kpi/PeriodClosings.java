package com.opsuite.core.kpi;

import com.opsuite.core.audit.AuditLog;
import com.opsuite.core.tenancy.TenantBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Closing a period makes its KPI values and targets final: no value is entered or corrected and no
 * target changed for it or any period within it (closing 2026 closes its quarters and months).
 * Reopening is allowed and, like closing, recorded in the audit log.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class PeriodClosings {

  @PersistenceContext EntityManager em;
  @Inject AuditLog audit;

  /** The closed periods, earliest first. */
  public List<PeriodClose> closed() {
    List<PeriodClose> all =
        new ArrayList<>(
            em.createQuery("SELECT c FROM PeriodClose c", PeriodClose.class).getResultList());
    all.sort((a, b) -> a.period().compareTo(b.period()));
    return all;
  }

  /** The closed period that makes this one final: itself or one containing it. */
  public Optional<Period> closing(Period period) {
    List<String> candidates = new ArrayList<>(List.of(period.toString()));
    period.enclosing().forEach(p -> candidates.add(p.toString()));
    return em.createQuery(
            "SELECT c FROM PeriodClose c WHERE c.period IN :periods", PeriodClose.class)
        .setParameter("periods", candidates)
        .getResultStream()
        .map(PeriodClose::period)
        .sorted()
        .findFirst();
  }

  /** Closes the period; closing a closed one changes nothing. */
  public void close(Period period, String by) {
    if (em.find(PeriodClose.class, period.toString()) == null) {
      em.persist(new PeriodClose(period, by));
      audit.record(by, "kpi.period.closed", "kpi-period:" + period, null, null);
    }
  }

  /** Opens it again for entries and target changes (periods containing it may still be closed). */
  public void reopen(Period period, String by) {
    PeriodClose closed = em.find(PeriodClose.class, period.toString());
    if (closed != null) {
      em.remove(closed);
      audit.record(by, "kpi.period.reopened", "kpi-period:" + period, null, null);
    }
  }
}
