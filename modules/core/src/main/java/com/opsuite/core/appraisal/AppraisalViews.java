package com.opsuite.core.appraisal;

import com.opsuite.core.i18n.LocalizedName;
import com.opsuite.core.org.ReportingLines;
import com.opsuite.core.org.StaffMember;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Appraisal data as the API and pages show it: with names, in the reader's language. */
@RequestScoped
@Transactional
public class AppraisalViews {

  @Inject AppraisalCycles cycles;
  @Inject AppraisalTemplates templates;
  @Inject ReportingLines lines;

  public record CycleInfo(
      long id,
      String template,
      String templateName,
      String period,
      boolean rollUp,
      Instant openedAt,
      String openedBy) {}

  public record ResultInfo(
      long id,
      long cycleId,
      String period,
      String templateName,
      long staffId,
      String staffName,
      ResultStatus status,
      BigDecimal indicatorPart,
      BigDecimal criteriaPart,
      BigDecimal total,
      String grade,
      BigDecimal bonus,
      int revision,
      Long approvalId,
      JsonObject breakdown,
      long version,
      long peersVersion) {}

  public record EvaluationInfo(
      long id,
      long resultId,
      long cycleId,
      String period,
      String templateName,
      long staffId,
      String staffName,
      long evaluatorId,
      String evaluatorName,
      EvaluatorRole role,
      boolean submitted,
      Map<String, Integer> ratings,
      String comment,
      Instant submittedAt,
      boolean open,
      List<CriterionInfo> criteria,
      int scaleMin,
      int scaleMax) {}

  public record CriterionInfo(String code, String name, BigDecimal weight) {}

  public record ChangeInfo(
      int revision,
      ResultChange.Action action,
      BigDecimal total,
      String grade,
      String reason,
      Instant changedAt,
      String changedBy) {}

  public record ResultDetail(
      ResultInfo result, List<EvaluationInfo> evaluations, List<ChangeInfo> history) {}

  public record Progress(
      CycleInfo cycle,
      Map<ResultStatus, Long> results,
      int evaluations,
      int submitted,
      List<EvaluationInfo> waiting) {}

  public CycleInfo cycle(AppraisalCycle c, Locale locale) {
    AppraisalTemplate t = templates.find(c.getTemplateId()).orElseThrow();
    return new CycleInfo(
        c.getId(),
        t.getCode(),
        t.name().in(locale),
        c.period().toString(),
        c.isRollUp(),
        c.getOpenedAt(),
        c.getOpenedBy());
  }

  public List<ResultInfo> results(List<AppraisalResult> results, Locale locale) {
    Map<Long, String> names = names(results.stream().map(AppraisalResult::getStaffId).toList());
    Map<Long, AppraisalCycle> cycleOf = new HashMap<>();
    Map<Long, LocalizedName> templateOf = new HashMap<>();
    return results.stream()
        .map(
            r -> {
              AppraisalCycle c =
                  cycleOf.computeIfAbsent(r.getCycleId(), id -> cycles.find(id).orElseThrow());
              LocalizedName name =
                  templateOf.computeIfAbsent(
                      c.getTemplateId(), id -> templates.find(id).orElseThrow().name());
              return new ResultInfo(
                  r.getId(),
                  r.getCycleId(),
                  c.period().toString(),
                  name.in(locale),
                  r.getStaffId(),
                  names.get(r.getStaffId()),
                  r.getStatus(),
                  r.getIndicatorPart(),
                  r.getCriteriaPart(),
                  r.getTotal(),
                  r.getGrade(),
                  r.getBonus(),
                  r.getRevision(),
                  r.getApprovalId(),
                  r.getBreakdown() == null
                      ? null
                      : Json.createReader(new StringReader(r.getBreakdown())).readObject(),
                  r.getVersion(),
                  r.getPeersVersion());
            })
        .toList();
  }

  public List<EvaluationInfo> evaluations(List<AppraisalEvaluation> evaluations, Locale locale) {
    Set<Long> people = new HashSet<>();
    Map<Long, AppraisalResult> resultOf = new HashMap<>();
    for (AppraisalEvaluation e : evaluations) {
      AppraisalResult r =
          resultOf.computeIfAbsent(e.getResultId(), id -> cycles.result(id).orElseThrow());
      people.add(r.getStaffId());
      people.add(e.getEvaluatorId());
    }
    Map<Long, String> names = names(people);
    Map<Long, AppraisalCycle> cycleOf = new HashMap<>();
    Map<Long, AppraisalTemplate> templateOf = new HashMap<>();
    return evaluations.stream()
        .map(
            e -> {
              AppraisalResult r = resultOf.get(e.getResultId());
              AppraisalCycle c =
                  cycleOf.computeIfAbsent(r.getCycleId(), id -> cycles.find(id).orElseThrow());
              AppraisalTemplate t =
                  templateOf.computeIfAbsent(
                      c.getTemplateId(), id -> templates.find(id).orElseThrow());
              TemplateSpec spec = t.spec();
              return new EvaluationInfo(
                  e.getId(),
                  r.getId(),
                  c.getId(),
                  c.period().toString(),
                  t.name().in(locale),
                  r.getStaffId(),
                  names.get(r.getStaffId()),
                  e.getEvaluatorId(),
                  names.get(e.getEvaluatorId()),
                  e.getRole(),
                  e.submitted(),
                  e.submitted() ? e.ratings() : null,
                  e.getComment(),
                  e.getSubmittedAt(),
                  !e.submitted() && r.getStatus().editable(),
                  spec.criteria().stream()
                      .map(k -> new CriterionInfo(k.code(), k.name().in(locale), k.weight()))
                      .toList(),
                  spec.scale().min(),
                  spec.scale().max());
            })
        .toList();
  }

  public ResultDetail detail(AppraisalResult r, Locale locale) {
    return new ResultDetail(
        results(List.of(r), locale).get(0),
        evaluations(cycles.evaluationsOf(List.of(r.getId())), locale),
        cycles.history(r.getId()).stream()
            .map(
                c ->
                    new ChangeInfo(
                        c.getRevision(),
                        c.getAction(),
                        c.getTotal(),
                        c.getGrade(),
                        c.getReason(),
                        c.getChangedAt(),
                        c.getChangedBy()))
            .toList());
  }

  public Progress progress(AppraisalCycle c, Locale locale) {
    Map<ResultStatus, Long> byStatus =
        cycles.results(c.getId()).stream()
            .collect(
                Collectors.groupingBy(
                    AppraisalResult::getStatus,
                    () -> new java.util.EnumMap<>(ResultStatus.class),
                    Collectors.counting()));
    List<AppraisalEvaluation> all = cycles.evaluationsOfCycle(c.getId());
    List<AppraisalEvaluation> waiting = all.stream().filter(e -> !e.submitted()).toList();
    return new Progress(
        cycle(c, locale),
        byStatus,
        all.size(),
        all.size() - waiting.size(),
        evaluations(waiting, locale));
  }

  private Map<Long, String> names(Collection<Long> ids) {
    return lines.staff(new HashSet<>(ids)).stream()
        .collect(Collectors.toMap(StaffMember::getId, StaffMember::getName, (a, b) -> a));
  }
}
