package com.opsuite.gas.hazard;

import com.opsuite.core.audit.AuditLog;
import com.opsuite.core.tenancy.TenantBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

/**
 * Escalates the current tenant's hazards whose notice deadline has passed unrectified. Only hazards
 * still waiting are picked up and each becomes ESCALATED, so running it again, or on another
 * instance at the same time (optimistic locking), escalates nothing twice.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class HazardEscalation {

  @PersistenceContext EntityManager em;
  @Inject AuditLog audit;

  /** Escalates what is overdue on {@code today}; returns how many hazards it escalated. */
  public int escalateOverdue(LocalDate today, String by) {
    List<Hazard> overdue =
        em.createQuery(
                "SELECT h FROM Hazard h WHERE h.status IN :waiting AND h.deadlineOn < :today",
                Hazard.class)
            .setParameter(
                "waiting", EnumSet.of(HazardStatus.NOTICE_ISSUED, HazardStatus.REINSPECTION))
            .setParameter("today", today)
            .getResultList();
    Instant now = Instant.now();
    for (Hazard hazard : overdue) {
      hazard.setStatus(HazardStatus.ESCALATED);
      hazard.setEscalatedAt(now);
      audit.record(
          by,
          "gas.hazard.escalated",
          "hazard:" + hazard.getId(),
          null,
          "notice " + hazard.getNoticeNo() + " due " + hazard.getDeadlineOn());
    }
    em.flush();
    return overdue.size();
  }
}
