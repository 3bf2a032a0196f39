package com.opsuite.core.approval;

import com.opsuite.core.audit.AuditLog;
import com.opsuite.core.org.ReportingLines;
import com.opsuite.core.org.StaffMember;
import com.opsuite.core.tenancy.TenantBound;
import com.opsuite.core.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Handles the current tenant's overdue approval steps, each once: reminds the approvers who have
 * not decided (history {@code REMINDED}), escalates the step to their managers, or their department
 * head where nobody manages them (history {@code ESCALATED}; each person added may decide in place
 * of the late approver they stand above, see {@link StepApprover}), writes both to the audit log
 * and fires {@link ApprovalStepOverdue}.
 *
 * <p>"Once" holds across application instances: {@link #CLAIM_SQL} locks the due step's row and its
 * approval's row with {@code FOR UPDATE ... SKIP LOCKED}, and the same transaction stamps {@code
 * reminded_at}/{@code escalated_at}, which take the step out of every later scan. A second instance
 * scanning at the same moment skips the locked rows; one scanning after the commit no longer finds
 * them. Locking the approval too means the timer never waits for an approver's action (which locks
 * the approval first) nor makes one wait long: no deadlock between the two.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class ApprovalDeadlines {

  /** Most steps one transaction handles; the rest wait for the next run a minute later. */
  static final int BATCH = 50;

  /**
   * Claims the tenant's ({@code ?1}) steps due at the instant {@code ?2} and not handled yet;
   * row-level security limits it to the transaction's tenant anyway, the explicit tenant lets the
   * partial index {@code approval_step_overdue} serve it. Public so tests can run it as a second
   * node would.
   */
  public static final String CLAIM_SQL =
      "SELECT s.id FROM approval_step s"
          + " JOIN approval a ON a.tenant_id = s.tenant_id AND a.id = s.approval_id"
          + " WHERE s.tenant_id = ?1 AND s.status = 'ACTIVE' AND a.status = 'PENDING'"
          + " AND s.reminded_at IS NULL AND s.due_at IS NOT NULL AND s.due_at <= ?2"
          + " ORDER BY s.due_at, s.id LIMIT "
          + BATCH
          + " FOR UPDATE OF s, a SKIP LOCKED";

  /** Stamps the claimed steps in the claiming transaction. */
  public static final String STAMP_SQL =
      "UPDATE approval_step SET reminded_at = ?1, escalated_at = ?2 WHERE tenant_id = ?3 AND id = ?4";

  private static final String NATIVE = "eclipselink.jdbc.allow-native-sql-query";

  @PersistenceContext EntityManager em;
  @Inject StepActivation activation;
  @Inject ApprovalHistory history;
  @Inject ReportingLines lines;
  @Inject AuditLog audit;
  @Inject TenantContext tenant;
  @Inject Event<ApprovalStepOverdue> overdue;

  /**
   * Handles the tenant's steps due at {@code now}, in a transaction of its own; returns how many
   * this call claimed.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int handleOverdue(Instant now) {
    @SuppressWarnings("unchecked")
    List<Number> claimed =
        em.createNativeQuery(CLAIM_SQL)
            .setParameter(1, tenant.require().code())
            .setParameter(2, Timestamp.from(now))
            .setHint(NATIVE, true)
            .getResultList();
    for (Number id : claimed) {
      em.createNativeQuery(STAMP_SQL)
          .setParameter(1, Timestamp.from(now))
          .setParameter(2, Timestamp.from(now))
          .setParameter(3, tenant.require().code())
          .setParameter(4, id.longValue())
          .setHint(NATIVE, true)
          .executeUpdate();
    }
    for (Number id : claimed) {
      handle(em.find(ApprovalStep.class, id.longValue()));
    }
    return claimed.size();
  }

  private void handle(ApprovalStep step) {
    // Already locked by the claim; the lock mode only makes the entity's version move, so a client
    // holding an older read of the approval is told it changed (409).
    Approval approval = em.find(Approval.class, step.getApprovalId());
    java.time.ZoneId zone = tenant.require().timeZone();
    LocalDate today = LocalDate.now(zone == null ? java.time.ZoneId.systemDefault() : zone);
    List<StepApprover> rows = activation.approvers(step.getId());
    List<StepApprover> open = rows.stream().filter(r -> r.getDecision() == null).toList();
    List<Long> reminded = open.stream().map(StepApprover::getUserId).distinct().toList();
    String target = StepActivation.target(approval);
    history.record(
        approval, ActionKind.REMINDED, null, null, step.getStepNo(), "due " + step.getDueAt());
    audit.record(
        ApprovalAction.SYSTEM,
        "approval.reminded",
        target,
        null,
        "step " + step.getStepNo() + " due " + step.getDueAt() + " users " + reminded);

    // Each late approver's managers (or department head) are added in that approver's place.
    Set<StaffMember> added = new LinkedHashSet<>();
    for (StepApprover late : open) {
      if (late.isSubstitute()) {
        continue;
      }
      List<StaffMember> managers = lines.managersOf(late.getStaffId(), today);
      for (StaffMember s :
          managers.isEmpty() ? lines.departmentHeadsOf(late.getStaffId(), today) : managers) {
        if (s.isActive()
            && s.getUserId() != null
            && !s.getId().equals(late.getStaffId())
            && !s.getId().equals(approval.getSubmitterStaffId())) {
          em.persist(StepApprover.standingFor(late, s.getId(), s.getUserId()));
          added.add(s);
        }
      }
    }
    List<Long> escalatedTo = added.stream().map(StaffMember::getUserId).distinct().toList();
    if (!added.isEmpty()) {
      String names = added.stream().map(StaffMember::getName).collect(Collectors.joining(", "));
      history.record(approval, ActionKind.ESCALATED, null, null, step.getStepNo(), names);
      audit.record(
          ApprovalAction.SYSTEM,
          "approval.escalated",
          target,
          null,
          "step " + step.getStepNo() + " to " + names);
    }
    approval.touch(Instant.now());
    overdue.fire(
        new ApprovalStepOverdue(
            tenant.require().code(),
            approval.getDocType(),
            approval.getDocumentRef(),
            approval.getId(),
            step.getStepNo(),
            step.getDueAt(),
            reminded,
            escalatedTo));
  }
}
