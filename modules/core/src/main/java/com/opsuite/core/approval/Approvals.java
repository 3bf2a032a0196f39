package com.opsuite.core.approval;

import com.opsuite.core.audit.AuditLog;
import com.opsuite.core.org.ReportingLines;
import com.opsuite.core.org.StaffMember;
import com.opsuite.core.persistence.UniqueViolation;
import com.opsuite.core.tenancy.TenantBound;
import com.opsuite.core.tenancy.TenantContext;
import com.opsuite.core.validation.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The approval engine: starts an approval of a declared document type on the chain version in
 * force, and applies the actions of submitters and approvers. Every action is a line of history and
 * an audit entry; the outcome is an {@link ApprovalConcluded} event.
 *
 * <p>Each action locks the approval's row first, so actions on one approval run one after the
 * other: of two approvers deciding one SINGLE step at once, the second finds it decided (409).
 */
@ApplicationScoped
@Transactional
@TenantBound
public class Approvals {

  @PersistenceContext EntityManager em;
  @Inject ApprovalTypes types;
  @Inject ChainDefinitions chains;
  @Inject StepActivation activation;
  @Inject Delegations delegations;
  @Inject ReportingLines lines;
  @Inject ApprovalHistory history;
  @Inject Participants participants;
  @Inject AuditLog audit;
  @Inject Event<ApprovalReturned> returned;
  @Inject TenantContext tenant;

  /**
   * Starts an approval of the document for the submitter (a user on the staff): steps whose
   * conditions do not hold for the fields are skipped, the first remaining step is asked.
   */
  public Approval start(
      String typeCode,
      String documentRef,
      String title,
      Map<String, Object> fields,
      long submitterUserId) {
    ApprovalTypes.Declared declared =
        types
            .find(typeCode)
            .orElseThrow(() -> InvalidInputException.of("type", "approval.type.unknown", typeCode));
    ApprovalType type = declared.type();
    String ref = Submissions.text("documentRef", documentRef);
    String name = Submissions.text("title", title);
    Map<String, Object> values = Submissions.fields(type, fields);
    StaffMember submitter =
        lines
            .staffOfUser(submitterUserId)
            .filter(StaffMember::isActive)
            .orElseThrow(
                () -> InvalidInputException.of("submitter", "approval.submitter.notStaff"));
    if (lines.positionsOf(submitter.getId(), LocalDate.now()).isEmpty()) {
      throw InvalidInputException.of("submitter", "approval.submitter.noPosition");
    }
    if (running(typeCode, ref)) {
      throw ApprovalRefusedException.conflict("approval.refused.alreadyRunning", ref);
    }
    ChainDefinitions.Effective chain = chains.effective(type);
    Approval approval =
        new Approval(
            typeCode,
            ref,
            name,
            ApprovalJson.fields(values),
            submitterUserId,
            submitter.getId(),
            chain.version(),
            ApprovalJson.chain(chain.chain()));
    em.persist(approval);
    try {
      em.flush();
    } catch (PersistenceException e) {
      // The unique index on running approvals: the same document was submitted at the same time.
      if (UniqueViolation.causes(e)) {
        throw ApprovalRefusedException.conflict("approval.refused.alreadyRunning", ref);
      }
      throw e;
    }
    List<StepDefinition> steps = chain.chain().steps();
    int applicable = 0;
    for (int i = 0; i < steps.size(); i++) {
      StepDefinition step = steps.get(i);
      boolean applies = Conditions.allHold(type, step.conditions(), values);
      applicable += applies ? 1 : 0;
      em.persist(
          new ApprovalStep(
              approval.getId(), i + 1, step, applies ? StepStatus.WAITING : StepStatus.SKIPPED));
    }
    em.flush();
    Actor actor = participants.actor(submitterUserId);
    history.record(approval, ActionKind.SUBMIT, actor, null, null, null);
    audit.record(
        actor.name(),
        "approval.started",
        StepActivation.target(approval),
        null,
        ref + " v" + chain.version() + " " + approval.getFields());
    activation.activateNext(approval, actor.name());
    if (applicable > 0
        && approval.getStatus() == ApprovalStatus.APPROVED
        && nobodyAsked(approval)) {
      // Every step that applies fell away because nobody stands above the submitter: refuse
      // rather than approve a document nobody looked at.
      throw InvalidInputException.of("submitter", "approval.submitter.nobodyToApprove");
    }
    return approval;
  }

  private boolean nobodyAsked(Approval approval) {
    return em.createQuery(
            "SELECT r.id FROM StepApprover r, ApprovalStep s WHERE r.stepId = s.id"
                + " AND s.approvalId = :id",
            Long.class)
        .setParameter("id", approval.getId())
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** Applies one action of the caller; see {@link ActionKind} for what each needs. */
  public Approval act(
      long approvalId,
      ActionKind action,
      String comment,
      Long onBehalfOf,
      Long expectedVersion,
      long callerUserId) {
    Approval approval = em.find(Approval.class, approvalId, LockModeType.PESSIMISTIC_WRITE);
    if (approval == null) {
      throw ApprovalRefusedException.notFound();
    }
    if (expectedVersion != null && expectedVersion != approval.getVersion()) {
      throw ApprovalRefusedException.conflict("approval.refused.stale");
    }
    String note = comment == null || comment.isBlank() ? null : comment.strip();
    if (note != null && note.length() > ApprovalAction.MAX_COMMENT) {
      throw InvalidInputException.of(
          "comment", "approval.comment.tooLong", ApprovalAction.MAX_COMMENT);
    }
    Actor caller = participants.actor(callerUserId);
    switch (action) {
      case APPROVE, REJECT, RETURN -> decide(approval, action, note, onBehalfOf, caller);
      case RESUBMIT -> resubmit(approval, note, caller);
      case WITHDRAW -> withdraw(approval, note, caller);
      case COMMENT -> comment(approval, note, caller);
      default -> throw InvalidInputException.of("action", "approval.action.unknown");
    }
    // Every action moves the version, so a client holding an older read is told (409). A forced
    // increment on the row already locked for update was not written by EclipseLink; a real change
    // of the row is.
    approval.touch(Instant.now());
    em.flush();
    return approval;
  }

  private void decide(
      Approval approval, ActionKind action, String note, Long onBehalfOf, Actor caller) {
    if (action != ActionKind.APPROVE && note == null) {
      throw InvalidInputException.of("comment", "approval.comment.required");
    }
    if (approval.getSubmitterUserId() == caller.userId()) {
      throw ApprovalRefusedException.notYours();
    }
    List<Long> delegators = delegations.delegatorsOf(caller.userId(), LocalDate.now());
    // A returned approval waits for its submitter: nobody decides its step until it is resubmitted.
    ApprovalStep step =
        approval.getStatus() == ApprovalStatus.PENDING ? activeStep(approval).orElse(null) : null;
    List<StepApprover> rows = step == null ? List.of() : activation.approvers(step.getId());
    List<StepApprover> mine = deciding(rows, caller, onBehalfOf, delegators);
    if (mine.isEmpty()) {
      throw participants.asked(approval, caller.userId(), delegators)
          ? ApprovalRefusedException.conflict(
              approval.getStatus() == ApprovalStatus.RETURNED
                  ? "approval.refused.returned"
                  : "approval.refused.alreadyDecided")
          : ApprovalRefusedException.notYours();
    }
    Actor behalf = behalf(mine, rows, caller);
    history.record(approval, action, caller, behalf, step.getStepNo(), note);
    audit.record(
        caller.name(),
        "approval." + action.name().toLowerCase(Locale.ROOT),
        StepActivation.target(approval),
        null,
        "step " + step.getStepNo() + (behalf == null ? "" : " for " + behalf.name()));
    if (action == ActionKind.RETURN) {
      step.setStatus(StepStatus.RETURNED);
      approval.setStatus(ApprovalStatus.RETURNED);
      returned.fire(
          new ApprovalReturned(
              tenant.require().code(),
              approval.getDocType(),
              approval.getDocumentRef(),
              approval.getId(),
              step.getStepNo()));
      return;
    }
    Decision decision = action == ActionKind.APPROVE ? Decision.APPROVED : Decision.REJECTED;
    for (StepApprover row : mine) {
      row.decide(decision, caller.userId());
      if (row.isSubstitute()) {
        original(rows, row).ifPresent(late -> late.decide(decision, caller.userId()));
      }
    }
    // The step counts the approvers it first asked; escalation only let others decide for them.
    List<StepApprover> asked = rows.stream().filter(r -> !r.isSubstitute()).toList();
    int approved = (int) asked.stream().filter(r -> r.getDecision() == Decision.APPROVED).count();
    int rejected = (int) asked.stream().filter(r -> r.getDecision() == Decision.REJECTED).count();
    switch (StepTally.of(step.getKind(), step.getQuorum(), asked.size(), approved, rejected)) {
      case APPROVED -> {
        step.setStatus(StepStatus.APPROVED);
        activation.activateNext(approval, caller.name());
      }
      case REJECTED -> {
        step.setStatus(StepStatus.REJECTED);
        activation.conclude(approval, Outcome.REJECTED, caller.name());
      }
      case OPEN -> {
        // decided by the approvers still to come
      }
    }
  }

  /**
   * The open rows the caller decides: all of one holder's, the caller's own or, failing those, a
   * delegator's (the one named, if any). A substitute row is open while the row it stands for is.
   */
  private List<StepApprover> deciding(
      List<StepApprover> rows, Actor caller, Long onBehalfOf, List<Long> delegators) {
    List<StepApprover> open = rows.stream().filter(r -> open(rows, r)).toList();
    Long holder;
    if (onBehalfOf != null && onBehalfOf != caller.userId()) {
      holder = delegators.contains(onBehalfOf) ? onBehalfOf : null;
    } else {
      holder =
          open.stream().anyMatch(r -> r.getUserId() == caller.userId())
              ? Long.valueOf(caller.userId())
              : open.stream()
                  .map(StepApprover::getUserId)
                  .filter(delegators::contains)
                  .findFirst()
                  .orElse(null);
    }
    return holder == null
        ? List.of()
        : open.stream().filter(r -> r.getUserId().equals(holder)).toList();
  }

  private static boolean open(List<StepApprover> rows, StepApprover row) {
    return row.getDecision() == null
        && (!row.isSubstitute()
            || original(rows, row).map(late -> late.getDecision() == null).orElse(false));
  }

  private static Optional<StepApprover> original(List<StepApprover> rows, StepApprover row) {
    return rows.stream().filter(r -> r.getId().equals(row.getStandsForId())).findFirst();
  }

  /**
   * Whom history names as decided for: the delegator whose rows a delegate decides, or the one late
   * approver an escalated manager decides in place of; nobody when the caller decides their own.
   */
  private Actor behalf(List<StepApprover> mine, List<StepApprover> rows, Actor caller) {
    long holder = mine.get(0).getUserId();
    if (holder != caller.userId()) {
      return participants.actor(holder);
    }
    if (mine.stream().allMatch(StepApprover::isSubstitute)) {
      List<Long> late =
          mine.stream()
              .map(r -> original(rows, r).map(StepApprover::getUserId).orElse(null))
              .distinct()
              .toList();
      if (late.size() == 1 && late.get(0) != null) {
        return participants.actor(late.get(0));
      }
    }
    return null;
  }

  private void resubmit(Approval approval, String note, Actor caller) {
    if (approval.getSubmitterUserId() != caller.userId()) {
      throw ApprovalRefusedException.notYours();
    }
    if (approval.getStatus() != ApprovalStatus.RETURNED) {
      throw ApprovalRefusedException.conflict("approval.refused.notReturned");
    }
    ApprovalStep step = activeStep(approval).orElseThrow();
    em.createQuery("DELETE FROM StepApprover r WHERE r.stepId = :step")
        .setParameter("step", step.getId())
        .executeUpdate();
    step.setStatus(StepStatus.WAITING);
    approval.setStatus(ApprovalStatus.PENDING);
    approval.nextDocumentVersion();
    history.record(approval, ActionKind.RESUBMIT, caller, null, step.getStepNo(), note);
    audit.record(
        caller.name(),
        "approval.resubmitted",
        StepActivation.target(approval),
        null,
        "document v" + approval.getDocumentVersion());
    activation.activateNext(approval, caller.name());
  }

  private void withdraw(Approval approval, String note, Actor caller) {
    if (approval.getSubmitterUserId() != caller.userId()) {
      throw ApprovalRefusedException.notYours();
    }
    if (!approval.getStatus().open()) {
      throw ApprovalRefusedException.conflict("approval.refused.concluded");
    }
    history.record(approval, ActionKind.WITHDRAW, caller, null, approval.getCurrentStep(), note);
    activation.conclude(approval, Outcome.WITHDRAWN, caller.name());
  }

  private void comment(Approval approval, String note, Actor caller) {
    if (note == null) {
      throw InvalidInputException.of("comment", "approval.comment.required");
    }
    if (!participants.canSee(approval, caller.userId())) {
      throw ApprovalRefusedException.notYours();
    }
    history.record(approval, ActionKind.COMMENT, caller, null, approval.getCurrentStep(), note);
    audit.record(caller.name(), "approval.commented", StepActivation.target(approval), null, null);
  }

  private Optional<ApprovalStep> activeStep(Approval approval) {
    if (approval.getCurrentStep() == null || !approval.getStatus().open()) {
      return Optional.empty();
    }
    return activation.steps(approval.getId()).stream()
        .filter(s -> s.getStepNo() == approval.getCurrentStep())
        .filter(
            s ->
                approval.getStatus() == ApprovalStatus.PENDING
                    ? s.getStatus() == StepStatus.ACTIVE
                    : s.getStatus() == StepStatus.RETURNED)
        .findFirst();
  }

  private boolean running(String type, String ref) {
    return !em.createQuery(
            "SELECT a.id FROM Approval a WHERE a.docType = :type AND a.documentRef = :ref"
                + " AND a.status IN :open",
            Long.class)
        .setParameter("type", type)
        .setParameter("ref", ref)
        .setParameter("open", List.of(ApprovalStatus.PENDING, ApprovalStatus.RETURNED))
        .getResultList()
        .isEmpty();
  }
}
