package com.opsuite.core.approval;

import com.opsuite.core.audit.AuditLog;
import com.opsuite.core.calendar.TenantCalendar;
import com.opsuite.core.calendar.WorkingDayCalendar;
import com.opsuite.core.calendar.WorkingHours;
import com.opsuite.core.org.ReportingLines;
import com.opsuite.core.org.StaffMember;
import com.opsuite.core.tenancy.TenantBound;
import com.opsuite.core.tenancy.TenantContext;
import com.opsuite.core.tenancy.TenantRef;
import com.opsuite.core.validation.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Moves an approval along its steps: activates the next waiting step with the approvers the org
 * gives that day (the submitter never approves their own document: a step only they would decide is
 * skipped), and concludes the approval when no step is left or one failed. Both are events ({@link
 * ApprovalStepAssigned}, {@link ApprovalConcluded}) for whoever observes them.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class StepActivation {

  @PersistenceContext EntityManager em;
  @Inject ApproverResolver resolver;
  @Inject ReportingLines lines;
  @Inject TenantCalendar calendar;
  @Inject TenantContext tenant;
  @Inject AuditLog audit;
  @Inject ApprovalHistory history;
  @Inject Event<ApprovalConcluded> concluded;
  @Inject Event<ApprovalStepAssigned> assigned;

  public List<ApprovalStep> steps(long approvalId) {
    return em.createQuery(
            "SELECT s FROM ApprovalStep s WHERE s.approvalId = :id ORDER BY s.stepNo",
            ApprovalStep.class)
        .setParameter("id", approvalId)
        .getResultList();
  }

  public List<StepApprover> approvers(long stepId) {
    return em.createQuery(
            "SELECT r FROM StepApprover r WHERE r.stepId = :step ORDER BY r.id", StepApprover.class)
        .setParameter("step", stepId)
        .getResultList();
  }

  /** The current step of each approval that has one, by approval id, read in one query. */
  public Map<Long, ApprovalStep> currentSteps(List<Approval> approvals) {
    List<Long> ids =
        approvals.stream().filter(a -> a.getCurrentStep() != null).map(Approval::getId).toList();
    if (ids.isEmpty()) {
      return Map.of();
    }
    Map<Long, Integer> stepNo =
        approvals.stream()
            .filter(a -> a.getCurrentStep() != null)
            .collect(Collectors.toMap(Approval::getId, Approval::getCurrentStep));
    return em
        .createQuery("SELECT s FROM ApprovalStep s WHERE s.approvalId IN :ids", ApprovalStep.class)
        .setParameter("ids", ids)
        .getResultList()
        .stream()
        .filter(s -> s.getStepNo() == stepNo.get(s.getApprovalId()))
        .collect(Collectors.toMap(ApprovalStep::getApprovalId, s -> s));
  }

  /** Activates the first waiting step, or concludes the approval as approved when none is left. */
  void activateNext(Approval approval, String by) {
    ChainDefinition chain = ApprovalJson.chain(approval.getChainDefinition());
    LocalDate today = LocalDate.now(zone());
    for (ApprovalStep step : steps(approval.getId())) {
      if (step.getStatus() != StepStatus.WAITING) {
        continue;
      }
      StepDefinition definition = chain.steps().get(step.getStepNo() - 1);
      List<StaffMember> reached =
          resolver.resolve(
              definition.route(),
              definition.positionId(),
              definition.roleCode(),
              approval.getSubmitterStaffId(),
              today);
      List<StaffMember> approvers =
          reached.stream().filter(s -> !s.getId().equals(approval.getSubmitterStaffId())).toList();
      if (approvers.isEmpty()
          && (!reached.isEmpty() || atTopOfTheLine(definition.route(), approval, today))) {
        step.setStatus(StepStatus.SKIPPED);
        continue;
      }
      String label = step.getLabel() == null ? step.getStepKey() : step.getLabel();
      if (approvers.isEmpty()) {
        throw InvalidInputException.of("steps", "approval.step.nobody", step.getStepNo(), label);
      }
      if (step.getKind() == StepKind.QUORUM && step.getQuorum() > approvers.size()) {
        throw InvalidInputException.of(
            "steps", "approval.step.quorumTooHigh", step.getStepNo(), label, approvers.size());
      }
      if (chain.skipsRepeatedApprovers() && approvedBefore(approval, step, approvers)) {
        step.setStatus(StepStatus.APPROVED);
        history.record(approval, ActionKind.AUTO_APPROVED, null, null, step.getStepNo(), null);
        audit.record(
            by, "approval.auto-approved", target(approval), null, "step " + step.getStepNo());
        continue;
      }
      for (StaffMember s : approvers) {
        em.persist(new StepApprover(step.getId(), s.getId(), s.getUserId()));
      }
      step.activate(Instant.now(), dueAt(step.getDeadlineHours()));
      approval.setCurrentStep(step.getStepNo());
      assigned.fire(
          new ApprovalStepAssigned(
              tenant.require().code(),
              approval.getDocType(),
              approval.getDocumentRef(),
              approval.getId(),
              step.getStepNo(),
              approvers.stream().map(StaffMember::getUserId).distinct().toList(),
              step.getDueAt()));
      return;
    }
    conclude(approval, Outcome.APPROVED, by);
  }

  /**
   * Whether the step's rule is already met by the approvals its approvers gave on earlier steps of
   * this approval: one of them for SINGLE or ANY, all for ALL, the quorum for QUORUM.
   */
  private boolean approvedBefore(
      Approval approval, ApprovalStep step, List<StaffMember> approvers) {
    List<Long> approvedEarlier =
        em.createQuery(
                "SELECT DISTINCT r.staffId FROM StepApprover r, ApprovalStep s"
                    + " WHERE r.stepId = s.id AND s.approvalId = :id AND s.stepNo < :no"
                    + " AND r.decision = :approved",
                Long.class)
            .setParameter("id", approval.getId())
            .setParameter("no", step.getStepNo())
            .setParameter("approved", Decision.APPROVED)
            .getResultList();
    int approved =
        (int) approvers.stream().filter(s -> approvedEarlier.contains(s.getId())).count();
    return approved > 0
        && StepTally.of(step.getKind(), step.getQuorum(), approvers.size(), approved, 0)
            == StepTally.Result.APPROVED;
  }

  /**
   * A step relative to the submitter (their manager, their department head) has nobody to ask when
   * the submitter is at the top: none of their positions reports to another. Vacancies on the way
   * up are not the top; the reporting lines already pass them to the next holder above.
   */
  private boolean atTopOfTheLine(RouteKind route, Approval approval, LocalDate day) {
    return (route == RouteKind.SUBMITTER_MANAGER || route == RouteKind.DEPARTMENT_HEAD)
        && lines.positionsOf(approval.getSubmitterStaffId(), day).stream()
            .allMatch(p -> p.getReportsToId() == null);
  }

  /** Ends the approval and tells whoever observes outcomes (modules, for their documents). */
  void conclude(Approval approval, Outcome outcome, String by) {
    approval.setStatus(ApprovalStatus.valueOf(outcome.name()));
    audit.record(by, "approval.concluded", target(approval), null, outcome.name());
    concluded.fire(
        new ApprovalConcluded(
            tenant.require().code(),
            approval.getDocType(),
            approval.getDocumentRef(),
            outcome,
            approval.getId()));
  }

  static String target(Approval approval) {
    return "approval:" + approval.getId() + " " + approval.getDocType();
  }

  private Instant dueAt(Integer deadlineHours) {
    if (deadlineHours == null) {
      return null;
    }
    return dueAt(
        Instant.now(), zone(), deadlineHours, calendar.calendar(), calendar.workingHours());
  }

  /**
   * When a step that became active at the instant is due: its deadline in working hours counted on
   * the tenant's calendar (weekends, public holidays and make-up working days) and working hours,
   * in the tenant's time zone.
   */
  static Instant dueAt(
      Instant activatedAt,
      java.time.ZoneId zone,
      int deadlineHours,
      WorkingDayCalendar days,
      WorkingHours hours) {
    LocalDateTime due =
        days.plusWorkingHours(
            LocalDateTime.ofInstant(activatedAt, zone), Duration.ofHours(deadlineHours), hours);
    return due.atZone(zone).toInstant();
  }

  private java.time.ZoneId zone() {
    TenantRef ref = tenant.require();
    return ref.timeZone() == null ? java.time.ZoneId.systemDefault() : ref.timeZone();
  }
}
