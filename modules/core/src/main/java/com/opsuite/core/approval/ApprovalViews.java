package com.opsuite.core.approval;

import static java.util.stream.Collectors.toList;

import com.opsuite.core.org.ReportingLines;
import com.opsuite.core.org.StaffMember;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
    return summaries(List.of(a), locale).get(0);
  }

  /** Inbox lines: the current steps of all of them are read in one query. */
  public List<Summary> summaries(List<Approval> approvals, Locale locale) {
    Map<Long, ApprovalStep> current = activation.currentSteps(approvals);
    Map<Long, Actor> submitters =
        participants.actors(approvals.stream().map(Approval::getSubmitterUserId).toList());
    Map<String, ApprovalTypes.Declared> declaredTypes = types.availableByCode();
    return approvals.stream()
        .map(
            a -> {
              Optional<ApprovalTypes.Declared> declared =
                  Optional.ofNullable(declaredTypes.get(a.getDocType()));
              ApprovalStep step = current.get(a.getId());
              return new Summary(
                  a.getId(),
                  a.getDocType(),
                  declared.map(d -> types.label(d, locale)).orElse(a.getDocType()),
                  a.getDocumentRef(),
                  a.getTitle(),
                  a.getStatus(),
                  submitters.get(a.getSubmitterUserId()).name(),
                  a.getCurrentStep(),
                  step == null
                      ? null
                      : declared
                          .map(d -> types.stepLabel(d, step.getStepKey(), step.getLabel(), locale))
                          .orElse(step.getStepKey()),
                  a.getStartedAt(),
                  a.getConcludedAt(),
                  a.getVersion());
            })
        .toList();
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
                      approvers(rows, names));
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

  /**
   * The step's approvers as asked, then each person escalation added, once, with the late approvers
   * they stand for.
   */
  private static List<ApproverInfo> approvers(List<StepApprover> rows, Map<Long, String> names) {
    Map<Long, StepApprover> byId =
        rows.stream().collect(Collectors.toMap(StepApprover::getId, r -> r));
    List<ApproverInfo> infos = new ArrayList<>();
    rows.stream()
        .filter(r -> !r.isSubstitute())
        .forEach(r -> infos.add(info(r, names.get(r.getStaffId()), List.of())));
    rows.stream()
        .filter(StepApprover::isSubstitute)
        .collect(Collectors.groupingBy(StepApprover::getStaffId, LinkedHashMap::new, toList()))
        .values()
        .forEach(
            group -> {
              StepApprover decided =
                  group.stream()
                      .filter(r -> r.getDecision() != null)
                      .findFirst()
                      .orElse(group.get(0));
              List<String> late =
                  group.stream()
                      .map(r -> byId.get(r.getStandsForId()))
                      .map(r -> r == null ? "?" : names.get(r.getStaffId()))
                      .toList();
              infos.add(info(decided, names.get(decided.getStaffId()), late));
            });
    return infos;
  }

  private static ApproverInfo info(StepApprover r, String name, List<String> inPlaceOf) {
    return new ApproverInfo(
        r.getStaffId(),
        r.getUserId(),
        name,
        r.getDecision(),
        r.getDecidedAt(),
        r.getDecidedByUserId(),
        inPlaceOf);
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
      String currentStepLabel,
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
      Long decidedByUserId,
      List<String> inPlaceOf) {}

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
