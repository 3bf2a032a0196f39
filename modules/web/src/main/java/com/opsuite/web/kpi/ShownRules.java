package com.opsuite.web.kpi;

import com.opsuite.core.kpi.MeasureUnit;
import com.opsuite.core.kpi.ScoringRule;
import com.opsuite.web.faces.Messages;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.stream.Collectors;

/** Values and scoring rules as pages show them: a percentage as 85.00%, a rule in a line. */
final class ShownRules {

  private ShownRules() {}

  static String value(BigDecimal value, MeasureUnit unit) {
    if (value == null) {
      return "";
    }
    if (unit == MeasureUnit.PERCENT) {
      return value.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }
    return plain(value).toPlainString();
  }

  /** Without trailing zeros, and never in exponent form (10000, not 1E+4) when typed over. */
  static BigDecimal plain(BigDecimal value) {
    if (value == null) {
      return null;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /** "Linear: 0 at 50.00%, 100 at 100.00%, cap 120" or "Bands: ≥ 80.00% → 60; ..." */
  static String describe(ScoringRule rule, MeasureUnit unit, Messages texts) {
    if (rule instanceof ScoringRule.Linear l) {
      return texts.pageText(
          "targets.rule.linear",
          value(l.floor(), unit),
          value(l.target(), unit),
          value(l.cap(), null));
    }
    ScoringRule.Banded b = (ScoringRule.Banded) rule;
    String bands =
        b.bands().stream()
            .map(x -> value(x.threshold(), unit) + " → " + value(x.score(), null))
            .collect(Collectors.joining("; "));
    return texts.pageText("targets.rule.banded", bands, value(b.cap(), null));
  }

  /** The value a rule aims at, for a chart's target line: the linear target, or a band's 100. */
  static BigDecimal aim(ScoringRule rule) {
    if (rule instanceof ScoringRule.Linear l) {
      return l.target();
    }
    if (rule instanceof ScoringRule.Banded b) {
      return b.bands().stream()
          .filter(x -> x.score().compareTo(BigDecimal.valueOf(100)) >= 0)
          .map(ScoringRule.Band::threshold)
          .findFirst()
          .orElse(null);
    }
    return null;
  }
}
