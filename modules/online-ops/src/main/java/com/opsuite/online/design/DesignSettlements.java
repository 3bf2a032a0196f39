package com.opsuite.online.design;

import com.opsuite.core.approval.Approval;
import com.opsuite.core.approval.ApprovalStatus;
import com.opsuite.core.approval.Approvals;
import com.opsuite.core.approval.Outcome;
import com.opsuite.core.audit.AuditLog;
import com.opsuite.core.persistence.UniqueViolation;
import com.opsuite.core.tenancy.TenantBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * The monthly cost settlement (seed: at the start of each month the designer settles the previous
 * month's materials, the department head signs, the general manager confirms, finance pays): the
 * requests received in the month, their total and the totals per requesting department, signed
 * through {@code online.design-settlement}, then handed to finance.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class DesignSettlements {

  @PersistenceContext EntityManager em;
  @Inject Approvals approvals;
  @Inject DesignRequests requests;
  @Inject AuditLog audit;

  /** A requesting department's share of a settlement. */
  public record DepartmentTotal(
      long departmentId, String department, long requests, BigDecimal total) {}

  public List<DesignSettlement> list() {
    return em.createQuery(
            "SELECT s FROM DesignSettlement s ORDER BY s.month DESC, s.id DESC",
            DesignSettlement.class)
        .setMaxResults(120)
        .getResultList();
  }

  public DesignSettlement find(long id) {
    DesignSettlement settlement = em.find(DesignSettlement.class, id);
    if (settlement == null) {
      throw DesignRefusedException.notFound();
    }
    return settlement;
  }

  public List<DesignRequest> requestsOf(long settlementId) {
    return em.createQuery(
            "SELECT r FROM DesignRequest r WHERE r.settlementId = :s ORDER BY r.receivedOn, r.id",
            DesignRequest.class)
        .setParameter("s", settlementId)
        .getResultList();
  }

  /** The settlement's totals per requesting department, summed in the database (exact decimals). */
  public List<DepartmentTotal> totals(long settlementId) {
    List<Object[]> rows =
        em.createQuery(
                "SELECT r.departmentId, COUNT(r), SUM(r.actualCost) FROM DesignRequest r"
                    + " WHERE r.settlementId = :s GROUP BY r.departmentId ORDER BY r.departmentId",
                Object[].class)
            .setParameter("s", settlementId)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new DepartmentTotal(
                    ((Number) r[0]).longValue(),
                    requests.departmentName(((Number) r[0]).longValue()),
                    ((Number) r[1]).longValue(),
                    ((BigDecimal) r[2]).setScale(2)))
        .toList();
  }

  /**
   * Settles a month that is over: every request received in it and not yet settled, sent for
   * signing. Refused (409) when the month has nothing to settle or is already being settled.
   */
  public DesignSettlement prepare(YearMonth month, long userId, String by) {
    if (month == null) {
      throw DesignRefusedException.invalid("month", "design.settlement.month");
    }
    if (!month.isBefore(YearMonth.now())) {
      throw DesignRefusedException.conflict("design.settlement.monthNotOver", month.toString());
    }
    List<DesignRequest> received =
        em.createQuery(
                "SELECT r FROM DesignRequest r WHERE r.status = :status AND r.settlementId IS NULL"
                    + " AND r.receivedOn >= :from AND r.receivedOn <= :to ORDER BY r.id",
                DesignRequest.class)
            .setParameter("status", DesignStatus.RECEIVED)
            .setParameter("from", month.atDay(1))
            .setParameter("to", month.atEndOfMonth())
            .getResultList();
    if (received.isEmpty()) {
      throw DesignRefusedException.conflict("design.settlement.nothing", month.toString());
    }
    BigDecimal total =
        received.stream()
            .map(DesignRequest::getActualCost)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    DesignSettlement settlement = new DesignSettlement(month.atDay(1), total, userId);
    em.persist(settlement);
    try {
      em.flush();
    } catch (PersistenceException e) {
      if (UniqueViolation.causes(e)) {
        throw DesignRefusedException.conflict("design.settlement.exists", month.toString());
      }
      throw e;
    }
    for (DesignRequest request : received) {
      request.setSettlementId(settlement.getId());
      requests.moved(request, DesignStatus.SETTLING, "DS-" + settlement.getId(), by);
    }
    Approval approval =
        approvals.start(
            DesignFeature.SETTLEMENT,
            "DS-" + settlement.getId(),
            "DS-" + settlement.getId() + " " + month + " " + total.toPlainString(),
            Map.of("total", total),
            userId);
    settlement.setApprovalId(approval.getId());
    em.flush();
    audit.record(
        by,
        "online.design.settlement.prepared",
        "design-settlement:" + settlement.getId(),
        null,
        month + " " + total.toPlainString() + " requests=" + received.size());
    if (approval.getStatus() == ApprovalStatus.APPROVED) {
      decided(approval.getId(), Outcome.APPROVED, by);
    }
    return settlement;
  }

  /** Signed: the requests are settled. Refused or withdrawn: they wait for a new settlement. */
  public void decided(long approvalId, Outcome outcome, String by) {
    List<DesignSettlement> found =
        em.createQuery(
                "SELECT s FROM DesignSettlement s WHERE s.approvalId = :a", DesignSettlement.class)
            .setParameter("a", approvalId)
            .getResultList();
    for (DesignSettlement settlement : found) {
      if (settlement.getStatus() != SettlementStatus.SIGNING) {
        continue;
      }
      boolean signed = outcome == Outcome.APPROVED;
      settlement.setStatus(signed ? SettlementStatus.SIGNED : SettlementStatus.REJECTED);
      for (DesignRequest request : requestsOf(settlement.getId())) {
        if (!signed) {
          request.setSettlementId(null);
        }
        requests.moved(request, signed ? DesignStatus.SETTLED : DesignStatus.RECEIVED, null, by);
      }
      em.flush();
      audit.record(
          by,
          "online.design.settlement." + settlement.getStatus().name().toLowerCase(),
          "design-settlement:" + settlement.getId(),
          null,
          settlement.getMonth() + " " + settlement.getTotal().toPlainString());
    }
  }

  /** The signed settlement goes to finance for payment. */
  public DesignSettlement handToFinance(long id, Long version, String by) {
    DesignSettlement settlement = find(id);
    if (version != null && version != settlement.getVersion()) {
      throw DesignRefusedException.conflict("design.stale");
    }
    if (settlement.getStatus() != SettlementStatus.SIGNED) {
      throw DesignRefusedException.conflict("design.settlement.notSigned", settlement.getStatus());
    }
    settlement.setStatus(SettlementStatus.HANDED_TO_FINANCE);
    settlement.setHandedAt(Instant.now());
    em.flush();
    audit.record(
        by,
        "online.design.settlement.handed",
        "design-settlement:" + id,
        null,
        settlement.getMonth() + " " + settlement.getTotal().toPlainString());
    return settlement;
  }

  /** Settled design costs of a year per category and month, for the budget's tracking. */
  public List<Object[]> settledCosts(int year) {
    return em.createQuery(
            "SELECT r.category, s.month, SUM(r.actualCost) FROM DesignRequest r, DesignSettlement s"
                + " WHERE r.settlementId = s.id AND r.status = :settled"
                + " AND s.month >= :from AND s.month <= :to GROUP BY r.category, s.month",
            Object[].class)
        .setParameter("settled", DesignStatus.SETTLED)
        .setParameter("from", LocalDate.of(year, 1, 1))
        .setParameter("to", LocalDate.of(year, 12, 1))
        .getResultList();
  }
}
