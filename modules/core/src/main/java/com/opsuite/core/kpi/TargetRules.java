package com.opsuite.core.kpi;

import com.opsuite.core.validation.InvalidInputException;
import com.opsuite.core.validation.InvalidInputException.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a scoring rule must be: a cap from 100 to 200 (120 when not given); a linear rule with a
 * floor on the worse side of its target (below it where higher is better, above it where lower is);
 * bands with distinct thresholds and scores from 0 to the cap.
 */
final class TargetRules {

  static final BigDecimal DEFAULT_CAP = BigDecimal.valueOf(120);
  static final BigDecimal MIN_CAP = BigDecimal.valueOf(100);
  static final BigDecimal MAX_CAP = BigDecimal.valueOf(200);
  static final int MAX_BANDS = 20;

  private TargetRules() {}

  /** The rule, or every problem with it at once. */
  static ScoringRule scoring(ScoringDraft draft, Direction direction) {
    List<Violation> problems = new ArrayList<>();
    BigDecimal cap = draft.cap() == null ? DEFAULT_CAP : draft.cap();
    if (cap.compareTo(MIN_CAP) < 0 || cap.compareTo(MAX_CAP) > 0 || cap.scale() > 2) {
      problems.add(new Violation("cap", "kpi.target.cap", MIN_CAP, MAX_CAP));
    }
    if (draft.rule() == null) {
      problems.add(new Violation("rule", "kpi.required"));
    } else if (draft.rule() == ScoringKind.LINEAR) {
      linear(draft, direction, problems);
    } else {
      banded(draft, cap, problems);
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    if (draft.rule() == ScoringKind.LINEAR) {
      return new ScoringRule.Linear(draft.floor(), draft.target(), cap);
    }
    return new ScoringRule.Banded(
        draft.bands().stream().map(b -> new ScoringRule.Band(b.threshold(), b.score())).toList(),
        cap);
  }

  private static void linear(ScoringDraft draft, Direction direction, List<Violation> problems) {
    if (draft.floor() == null) {
      problems.add(new Violation("floor", "kpi.required"));
    }
    if (draft.target() == null) {
      problems.add(new Violation("target", "kpi.required"));
    }
    if (draft.floor() == null || draft.target() == null) {
      return;
    }
    number(problems, "floor", draft.floor());
    number(problems, "target", draft.target());
    int order = draft.floor().compareTo(draft.target());
    if (direction == Direction.HIGHER_IS_BETTER && order >= 0) {
      problems.add(new Violation("floor", "kpi.target.floorBelowTarget"));
    }
    if (direction == Direction.LOWER_IS_BETTER && order <= 0) {
      problems.add(new Violation("floor", "kpi.target.floorAboveTarget"));
    }
  }

  private static void banded(ScoringDraft draft, BigDecimal cap, List<Violation> problems) {
    List<ScoringDraft.BandDraft> bands = draft.bands() == null ? List.of() : draft.bands();
    if (bands.isEmpty() || bands.size() > MAX_BANDS) {
      problems.add(new Violation("bands", "kpi.target.bands", MAX_BANDS));
      return;
    }
    Set<BigDecimal> thresholds = new HashSet<>();
    for (int i = 0; i < bands.size(); i++) {
      ScoringDraft.BandDraft band = bands.get(i);
      String field = "bands[" + i + "]";
      if (band == null || band.threshold() == null || band.score() == null) {
        problems.add(new Violation(field, "kpi.target.band"));
        continue;
      }
      number(problems, field + ".threshold", band.threshold());
      if (!thresholds.add(band.threshold().stripTrailingZeros())) {
        problems.add(new Violation(field + ".threshold", "kpi.target.bandTwice", band.threshold()));
      }
      if (band.score().signum() < 0
          || band.score().compareTo(cap) > 0
          || band.score().scale() > 2) {
        problems.add(new Violation(field + ".score", "kpi.target.bandScore", cap));
      }
    }
  }

  private static void number(List<Violation> problems, String field, BigDecimal value) {
    if (value.stripTrailingZeros().scale() > ValueEntries.PLACES
        || value.abs().compareTo(BigDecimal.TEN.pow(ValueEntries.INTEGER_DIGITS)) >= 0) {
      problems.add(
          new Violation(
              field, "kpi.value.range", ValueEntries.INTEGER_DIGITS, ValueEntries.PLACES));
    }
  }
}
