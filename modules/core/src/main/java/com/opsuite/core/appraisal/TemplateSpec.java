package com.opsuite.core.appraisal;

import com.opsuite.core.validation.InvalidInputException.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a template weighs, free of persistence so the rules and the formula can be tested alone:
 * indicator weights add up to 100, criteria weights add up to 100, indicator results take {@code
 * resultsShare} of the total and criteria the rest, and evaluator weights add up to 100.
 */
public record TemplateSpec(
    List<WeightedIndicator> indicators,
    List<Criterion> criteria,
    BigDecimal resultsShare,
    RatingScale scale,
    EvaluatorWeights evaluators) {

  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public BigDecimal criteriaShare() {
    return HUNDRED.subtract(resultsShare);
  }

  /** Every rule the spec breaks; none when it can be saved. */
  public List<Violation> problems() {
    List<Violation> problems = new ArrayList<>();
    if (resultsShare == null || resultsShare.signum() < 0 || resultsShare.compareTo(HUNDRED) > 0) {
      problems.add(new Violation("resultsShare", "appraisal.template.share"));
      return problems;
    }
    Set<String> codes = new HashSet<>();
    BigDecimal indicatorSum = BigDecimal.ZERO;
    for (WeightedIndicator i : indicators) {
      if (i.code() == null || i.code().isBlank()) {
        problems.add(new Violation("indicators", "appraisal.required"));
      } else if (!codes.add(i.code())) {
        problems.add(new Violation("indicators", "appraisal.template.duplicate", i.code()));
      }
      if (i.weight() == null || i.weight().signum() <= 0) {
        problems.add(new Violation("indicators", "appraisal.template.weight", i.code()));
      } else {
        indicatorSum = indicatorSum.add(i.weight());
      }
    }
    BigDecimal criteriaSum = BigDecimal.ZERO;
    for (Criterion c : criteria) {
      if (c.code() == null || c.code().isBlank() || blank(c.nameZh()) || blank(c.nameEn())) {
        problems.add(new Violation("criteria", "appraisal.template.criterionIncomplete"));
      } else if (!codes.add(c.code())) {
        problems.add(new Violation("criteria", "appraisal.template.duplicate", c.code()));
      }
      if (c.weight() == null || c.weight().signum() <= 0) {
        problems.add(new Violation("criteria", "appraisal.template.weight", c.code()));
      } else {
        criteriaSum = criteriaSum.add(c.weight());
      }
    }
    if (resultsShare.signum() > 0 && indicators.isEmpty()) {
      problems.add(new Violation("indicators", "appraisal.template.noIndicators"));
    } else if (!indicators.isEmpty() && indicatorSum.compareTo(HUNDRED) != 0) {
      problems.add(
          new Violation("indicators", "appraisal.template.indicatorWeights", indicatorSum));
    }
    if (criteriaShare().signum() > 0 && criteria.isEmpty()) {
      problems.add(new Violation("criteria", "appraisal.template.noCriteria"));
    } else if (!criteria.isEmpty() && criteriaSum.compareTo(HUNDRED) != 0) {
      problems.add(new Violation("criteria", "appraisal.template.criteriaWeights", criteriaSum));
    }
    if (scale == null || scale.min() < 0 || scale.max() <= scale.min() || scale.max() > 100) {
      problems.add(new Violation("scale", "appraisal.template.scale"));
    }
    if (evaluators == null
        || nonNegative(evaluators.self())
                + nonNegative(evaluators.superior())
                + nonNegative(evaluators.peer())
            < 3) {
      problems.add(new Violation("evaluatorWeights", "appraisal.template.evaluatorWeight"));
    } else {
      BigDecimal sum = evaluators.self().add(evaluators.superior()).add(evaluators.peer());
      if (sum.compareTo(HUNDRED) != 0) {
        problems.add(new Violation("evaluatorWeights", "appraisal.template.evaluatorWeights", sum));
      }
    }
    return problems;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static int nonNegative(BigDecimal weight) {
    return weight != null && weight.signum() >= 0 ? 1 : 0;
  }
}
