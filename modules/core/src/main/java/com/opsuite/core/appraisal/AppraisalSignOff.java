package com.opsuite.core.appraisal;

import com.opsuite.core.approval.Approval;
import com.opsuite.core.approval.ApprovalConcluded;
import com.opsuite.core.approval.Approvals;
import com.opsuite.core.approval.CoreApprovalTypes;
import com.opsuite.core.approval.Outcome;
import com.opsuite.core.audit.AuditLog;
import com.opsuite.core.tenancy.TenantBound;
import com.opsuite.core.validation.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;

/**
 * Signs results off through an approval of type {@code core.appraisal-result}: every computed
 * result of a cycle goes into one approval; when it is approved they are locked, otherwise they are
 * computed results again. Observed in the approval's own transaction, so an approved approval and
 * its locked results are committed together. A locked result is reopened with a reason, and must be
 * signed off again.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class AppraisalSignOff {

  @PersistenceContext EntityManager em;
  @Inject AppraisalCycles cycles;
  @Inject AppraisalTemplates templates;
  @Inject Approvals approvals;
  @Inject AuditLog audit;

  /** Starts the sign-off of the cycle's computed results, submitted by the caller. */
  public Approval submit(long cycleId, long submitterUserId, String by) {
    AppraisalCycle cycle = em.find(AppraisalCycle.class, cycleId, LockModeType.PESSIMISTIC_WRITE);
    if (cycle == null) {
      throw AppraisalRefusedException.notFound();
    }
    List<AppraisalResult> ready =
        cycles.results(cycleId).stream()
            .filter(r -> r.getStatus() == ResultStatus.COMPUTED && r.getTotal() != null)
            .toList();
    if (ready.isEmpty()) {
      throw AppraisalRefusedException.conflict("appraisal.signOff.nothing");
    }
    AppraisalTemplate template = templates.find(cycle.getTemplateId()).orElseThrow();
    String ref = "appraisal-" + cycle.getId() + "-" + cycle.nextSignOff();
    Approval approval =
        approvals.start(
            CoreApprovalTypes.APPRAISAL_RESULT,
            ref,
            cycle.period() + " " + template.name().chinese() + " / " + template.name().english(),
            Map.of("results", ready.size()),
            submitterUserId);
    for (AppraisalResult result : ready) {
      result.signing(approval.getId());
      em.persist(new ResultChange(result, ResultChange.Action.SUBMITTED, ref, by));
    }
    // The chain may have approved at once (every step skipped): the observer has run by now.
    return approval;
  }

  void concluded(@Observes ApprovalConcluded event) {
    if (!CoreApprovalTypes.APPRAISAL_RESULT.equals(event.type())) {
      return;
    }
    boolean approved = event.outcome() == Outcome.APPROVED;
    List<AppraisalResult> signing =
        em.createQuery(
                "SELECT r FROM AppraisalResult r WHERE r.approvalId = :id AND r.status = :signing",
                AppraisalResult.class)
            .setParameter("id", event.approvalId())
            .setParameter("signing", ResultStatus.SIGNING)
            .getResultList();
    for (AppraisalResult result : signing) {
      result.signOffEnded(approved);
      em.persist(
          new ResultChange(
              result,
              approved ? ResultChange.Action.LOCKED : ResultChange.Action.SIGN_OFF_ENDED,
              event.outcome().name(),
              "approval:" + event.approvalId()));
    }
  }

  /** Reopens a locked result for a correction: a new revision, with the reason in its history. */
  public AppraisalResult reopen(long resultId, String reason, String by) {
    if (reason == null || reason.isBlank()) {
      throw InvalidInputException.of("reason", "appraisal.reopen.reason");
    }
    if (reason.length() > 2000) {
      throw InvalidInputException.of("reason", "appraisal.tooLong", 2000);
    }
    AppraisalResult result = cycles.locked(resultId);
    if (result.getStatus() != ResultStatus.LOCKED) {
      throw AppraisalRefusedException.conflict("appraisal.reopen.notLocked");
    }
    result.reopen();
    em.persist(new ResultChange(result, ResultChange.Action.REOPENED, reason.strip(), by));
    audit.record(
        by, "appraisal.result.reopened", "appraisal-result:" + resultId, null, reason.strip());
    return result;
  }
}
