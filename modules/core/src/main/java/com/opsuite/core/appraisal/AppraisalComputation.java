package com.opsuite.core.appraisal;

import com.opsuite.core.kpi.IndicatorScores;
import com.opsuite.core.kpi.Score;
import com.opsuite.core.kpi.ScoreSheet;
import com.opsuite.core.kpi.Subject;
import com.opsuite.core.tenancy.TenantBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes the results of a cycle with {@link AppraisalFormula}: the indicator scores of all its
 * staff are read in one bulk pass, evaluations in one query. Results in sign-off or locked are left
 * as they are; computing one of them alone is refused (409).
 */
@ApplicationScoped
@Transactional
@TenantBound
public class AppraisalComputation {

  @PersistenceContext EntityManager em;
  @Inject AppraisalCycles cycles;
  @Inject AppraisalTemplates templates;
  @Inject IndicatorScores scores;
  @Inject GradeBands bands;

  /** What a result is made of, stored with it so a page can show why the total is what it is. */
  public record Breakdown(
      Map<String, BigDecimal> indicatorScores,
      List<String> unscoredIndicators,
      Map<EvaluatorRole, BigDecimal> criteriaByRole,
      List<EvaluatorRole> absentRoles,
      Integer monthsRolledUp) {}

  /** Computes every editable result of the cycle; returns how many were computed. */
  public int compute(long cycleId, String by) {
    AppraisalCycle cycle = cycles.find(cycleId).orElseThrow(AppraisalRefusedException::notFound);
    List<AppraisalResult> editable =
        cycles.results(cycleId).stream().filter(r -> r.getStatus().editable()).toList();
    compute(cycle, editable, by);
    return editable.size();
  }

  /** Computes one result again, e.g. after a reopening; a result in sign-off or locked is not. */
  public AppraisalResult computeOne(long resultId, String by) {
    AppraisalResult result = cycles.locked(resultId);
    if (!result.getStatus().editable()) {
      throw AppraisalRefusedException.conflict("appraisal.result.locked");
    }
    compute(cycles.find(result.getCycleId()).orElseThrow(), List.of(result), by);
    return result;
  }

  private void compute(AppraisalCycle cycle, List<AppraisalResult> results, String by) {
    if (results.isEmpty()) {
      return;
    }
    GradeScale grades = bands.current();
    if (cycle.isRollUp()) {
      rollUp(cycle, results, grades, by);
      return;
    }
    TemplateSpec spec = templates.find(cycle.getTemplateId()).orElseThrow().spec();
    List<String> codes = spec.indicators().stream().map(WeightedIndicator::code).toList();
    ScoreSheet sheet =
        codes.isEmpty()
            ? null
            : scores.scores(
                codes,
                cycle.period(),
                results.stream().map(r -> Subject.staff(r.getStaffId())).toList());
    Map<Long, List<AppraisalFormula.Rating>> ratings = new HashMap<>();
    for (AppraisalEvaluation e :
        cycles.evaluationsOf(results.stream().map(AppraisalResult::getId).toList())) {
      if (e.submitted()) {
        ratings
            .computeIfAbsent(e.getResultId(), k -> new ArrayList<>())
            .add(new AppraisalFormula.Rating(e.getRole(), e.ratings()));
      }
    }
    for (AppraisalResult result : results) {
      Map<String, BigDecimal> scored = new LinkedHashMap<>();
      for (String code : codes) {
        Score s = sheet.get(code, Subject.staff(result.getStaffId()));
        scored.put(code, s.score());
      }
      AppraisalFormula.Outcome o =
          AppraisalFormula.compute(
              spec, scored, ratings.getOrDefault(result.getId(), List.of()), grades);
      Breakdown breakdown =
          new Breakdown(scored, o.unscoredIndicators(), o.byRole(), o.absentRoles(), null);
      result.computed(
          o.indicatorPart(), o.criteriaPart(), o.total(), o.band(), AppraisalJson.write(breakdown));
      em.persist(new ResultChange(result, ResultChange.Action.COMPUTED, null, by));
    }
  }

  /** The average of the year's locked monthly totals of each staff member (months present only). */
  private void rollUp(
      AppraisalCycle cycle, List<AppraisalResult> results, GradeScale grades, String by) {
    int year = cycle.period().year();
    List<Object[]> rows =
        em.createQuery(
                "SELECT r.staffId, r.total, c.period FROM AppraisalResult r, AppraisalCycle c"
                    + " WHERE r.cycleId = c.id AND c.period LIKE :year AND c.rollUp = FALSE"
                    + " AND r.status = :locked AND r.total IS NOT NULL",
                Object[].class)
            .setParameter("year", year + "-%")
            .setParameter("locked", ResultStatus.LOCKED)
            .getResultList();
    Map<Long, List<BigDecimal>> totals = new HashMap<>();
    for (Object[] row : rows) {
      totals.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((BigDecimal) row[1]);
    }
    for (AppraisalResult result : results) {
      List<BigDecimal> months = totals.getOrDefault(result.getStaffId(), List.of());
      BigDecimal total = AppraisalFormula.rollUp(months);
      Breakdown breakdown = new Breakdown(Map.of(), List.of(), Map.of(), List.of(), months.size());
      result.computed(
          null,
          null,
          total,
          total == null ? null : grades.of(total),
          AppraisalJson.write(breakdown));
      em.persist(new ResultChange(result, ResultChange.Action.COMPUTED, null, by));
    }
  }
}
