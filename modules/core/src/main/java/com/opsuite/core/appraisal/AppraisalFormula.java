package com.opsuite.core.appraisal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The final score, exactly as the README states it. Intermediate values keep 34 digits; only the
 * total is rounded (2 places, half up), and the grade is looked up from the rounded total.
 *
 * <pre>
 * I  = Σ wᵢ·sᵢ / Σ wᵢ                 sᵢ = indicator score (0..cap); no score counts as 0
 * p(r) = (r − min)·100 / (max − min)   a rating on the template's scale
 * C_role = Σ w_c·avg(p) / Σ w_c        avg over that role's submitted evaluations
 * C  = Σ W_role·C_role / Σ W_role      over roles with at least one submitted evaluation
 * T  = round₂((R·I + (100 − R)·C) / 100)
 * </pre>
 */
public final class AppraisalFormula {

  private static final MathContext MC = MathContext.DECIMAL128;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private AppraisalFormula() {}

  /** One submitted evaluation: who rated (as which role) and each criterion's rating. */
  public record Rating(EvaluatorRole role, Map<String, Integer> ratings) {}

  /**
   * What came out, with why: indicators without a score (counted as 0) and the evaluator roles
   * without a submitted evaluation (left out, the others' weights renormalized).
   */
  public record Outcome(
      BigDecimal indicatorPart,
      BigDecimal criteriaPart,
      Map<EvaluatorRole, BigDecimal> byRole,
      BigDecimal total,
      GradeBand band,
      List<String> unscoredIndicators,
      List<EvaluatorRole> absentRoles) {}

  /**
   * @param scores each indicator's score by code; a missing or null score counts as 0
   */
  public static Outcome compute(
      TemplateSpec spec,
      Map<String, BigDecimal> scores,
      List<Rating> submitted,
      GradeScale grades) {
    List<String> unscored = new ArrayList<>();
    BigDecimal weighted = BigDecimal.ZERO;
    BigDecimal weights = BigDecimal.ZERO;
    for (WeightedIndicator i : spec.indicators()) {
      BigDecimal score = scores.get(i.code());
      if (score == null) {
        unscored.add(i.code());
        score = BigDecimal.ZERO;
      }
      weighted = weighted.add(i.weight().multiply(score));
      weights = weights.add(i.weight());
    }
    BigDecimal indicatorPart =
        weights.signum() == 0 ? BigDecimal.ZERO : weighted.divide(weights, MC);

    Map<EvaluatorRole, BigDecimal> byRole = new EnumMap<>(EvaluatorRole.class);
    List<EvaluatorRole> absent = new ArrayList<>();
    BigDecimal roleWeighted = BigDecimal.ZERO;
    BigDecimal roleWeights = BigDecimal.ZERO;
    for (EvaluatorRole role : EvaluatorRole.values()) {
      List<Rating> ofRole = submitted.stream().filter(r -> r.role() == role).toList();
      BigDecimal weight = spec.evaluators().of(role);
      if (spec.criteria().isEmpty() || weight.signum() == 0) {
        continue;
      }
      if (ofRole.isEmpty()) {
        absent.add(role);
        continue;
      }
      BigDecimal part = criteriaPart(spec, ofRole);
      byRole.put(role, part);
      roleWeighted = roleWeighted.add(weight.multiply(part));
      roleWeights = roleWeights.add(weight);
    }
    BigDecimal criteriaPart =
        roleWeights.signum() == 0 ? BigDecimal.ZERO : roleWeighted.divide(roleWeights, MC);

    BigDecimal total =
        spec.resultsShare()
            .multiply(indicatorPart)
            .add(spec.criteriaShare().multiply(criteriaPart))
            .divide(HUNDRED, MC)
            .setScale(2, RoundingMode.HALF_UP);
    return new Outcome(
        indicatorPart, criteriaPart, byRole, total, grades.of(total), unscored, absent);
  }

  /** One role's criteria part: each criterion's points averaged over the role's evaluators. */
  private static BigDecimal criteriaPart(TemplateSpec spec, List<Rating> ofRole) {
    BigDecimal weighted = BigDecimal.ZERO;
    BigDecimal weights = BigDecimal.ZERO;
    for (Criterion c : spec.criteria()) {
      BigDecimal sum = BigDecimal.ZERO;
      for (Rating r : ofRole) {
        sum = sum.add(spec.scale().points(r.ratings().get(c.code())));
      }
      BigDecimal average = sum.divide(BigDecimal.valueOf(ofRole.size()), MC);
      weighted = weighted.add(c.weight().multiply(average));
      weights = weights.add(c.weight());
    }
    return weighted.divide(weights, MC);
  }

  /**
   * An annual roll-up: the average of the monthly totals present (months without a locked result
   * are left out), rounded to 2 places half up; null when there is none.
   */
  public static BigDecimal rollUp(List<BigDecimal> monthlyTotals) {
    if (monthlyTotals.isEmpty()) {
      return null;
    }
    BigDecimal sum = monthlyTotals.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    return sum.divide(BigDecimal.valueOf(monthlyTotals.size()), MC)
        .setScale(2, RoundingMode.HALF_UP);
  }
}
