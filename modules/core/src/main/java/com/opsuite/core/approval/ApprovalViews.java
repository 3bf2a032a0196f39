package com.opsuite.core.approval;

import com.opsuite.core.org.ReportingLines;
import com.opsuite.core.org.StaffMember;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Approvals as the API shows them, with labels in the caller's language. */
@ApplicationScoped
public class ApprovalViews {

  @Inject ApprovalTypes types;
  @Inject StepActivation activation;
  @Inject Participants participants;
  @Inject ApprovalHistory history;
  @Inject ReportingLines lines;

  public Summary summary(Approval a, Locale locale) {
    Optional<ApprovalTypes.Declared> declared = types.find(a.getDocType());
    return new Summary(
        a.getId(),
        a.getDocType(),
        declared.map(d -> types.label(d, locale)).orElse(a.getDocType()),
        a.getDocumentRef(),
        a.getTitle(),
        a.getStatus(),
        participants.actor(a.getSubmitterUserId()).name(),
        a.getCurrentStep(),
        a.getStartedAt(),
        a.getConcludedAt(),
        a.getVersion());
  }

  public Detail detail(Approval a, Locale locale) {
    Optional<ApprovalTypes.Declared> declared = types.find(a.getDocType());
    List<ApprovalStep> steps = activation.steps(a.getId());
    List<StepInfo> stepInfos =
        steps.stream()
            .map(
                s -> {
                  List<StepApprover> rows = activation.approvers(s.getId());
                  Map<Long, String> names =
                      lines.staff(rows.stream().map(StepApprover::getStaffId).toList()).stream()
                          .collect(Collectors.toMap(StaffMember::getId, StaffMember::getName));
                  return new StepInfo(
                      s.getStepNo(),
                      s.getStepKey(),
                      declared
                          .map(d -> types.stepLabel(d, s.getStepKey(), s.getLabel(), locale))
                          .orElse(s.getStepKey()),
                      s.getKind(),
                      s.getQuorum(),
                      s.getRoute(),
                      s.getStatus(),
                      s.getDeadlineHours(),
                      s.getDueAt(),
                      rows.stream()
                          .map(
                              r ->
                                  new ApproverInfo(
                                      r.getStaffId(),
                                      r.getUserId(),
                                      names.get(r.getStaffId()),
                                      r.getDecision(),
                                      r.getDecidedAt(),
                                      r.getDecidedByUserId()))
                          .toList());
                })
            .toList();
    List<HistoryInfo> actions =
        history.of(a.getId()).stream()
            .map(
                h ->
                    new HistoryInfo(
                        h.getOccurredAt(),
                        h.getAction(),
                        types.historyLabel(h.getAction(), locale),
                        h.getActorUserId(),
                        h.getActorName(),
                        h.getOnBehalfUserId(),
                        h.getOnBehalfName(),
                        h.getStepNo(),
                        h.getDocumentVersion(),
                        h.getComment()))
            .toList();
    return new Detail(
        summary(a, locale),
        a.getSubmitterUserId(),
        ApprovalJson.fields(a.getFields()),
        a.getChainVersion(),
        a.getDocumentVersion(),
        stepInfos,
        actions);
  }

  /** One line of an inbox. */
  public record Summary(
      long id,
      String type,
      String typeLabel,
      String documentRef,
      String title,
      ApprovalStatus status,
      String submitter,
      Integer currentStep,
      Instant startedAt,
      Instant concludedAt,
      long version) {}

  /** An approval in full. */
  public record Detail(
      Summary approval,
      long submitterUserId,
      Map<String, Object> fields,
      int chainVersion,
      int documentVersion,
      List<StepInfo> steps,
      List<HistoryInfo> history) {}

  public record StepInfo(
      int stepNo,
      String key,
      String label,
      StepKind kind,
      Integer quorum,
      RouteKind route,
      StepStatus status,
      Integer deadlineHours,
      Instant dueAt,
      List<ApproverInfo> approvers) {}

  public record ApproverInfo(
      long staffId,
      long userId,
      String name,
      Decision decision,
      Instant decidedAt,
      Long decidedByUserId) {}

  public record HistoryInfo(
      Instant at,
      ActionKind action,
      String label,
      Long actorUserId,
      String actor,
      Long onBehalfOfUserId,
      String onBehalfOf,
      Integer stepNo,
      int documentVersion,
      String comment) {}

  /** An inbox: the chosen box's approvals and the size of each box. */
  public record Inbox(String box, Map<String, Integer> counts, List<Summary> items) {}
}
