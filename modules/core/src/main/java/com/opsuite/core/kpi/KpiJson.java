package com.opsuite.core.kpi;

import com.opsuite.core.kpi.formula.NoValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/** The JSON shapes the KPI resources share: subjects, scoring rules, reasons, shown values. */
final class KpiJson {

  private KpiJson() {}

  /** Why there is no number: a stable code and the message in the caller's language. */
  public record Reason(String code, String message) {
    static Reason of(NoValue reason, Locale locale) {
      return reason == null ? null : new Reason(reason.key(), reason.in(locale));
    }
  }

  public record BandInfo(BigDecimal threshold, BigDecimal score) {}

  public record RuleInfo(
      ScoringKind rule, BigDecimal floor, BigDecimal target, BigDecimal cap, List<BandInfo> bands) {
    static RuleInfo of(ScoringRule rule) {
      if (rule == null) {
        return null;
      }
      if (rule instanceof ScoringRule.Linear l) {
        return new RuleInfo(ScoringKind.LINEAR, plain(l.floor()), plain(l.target()), l.cap(), null);
      }
      ScoringRule.Banded b = (ScoringRule.Banded) rule;
      return new RuleInfo(
          ScoringKind.BANDED,
          null,
          null,
          b.cap(),
          b.bands().stream()
              .map(x -> new BandInfo(plain(x.threshold()), plain(x.score())))
              .toList());
    }
  }

  /** A stored number without the padding {@code numeric(24,6)} gives it. */
  static BigDecimal plain(BigDecimal value) {
    if (value == null) {
      return null;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /** The value as people read it: a percentage as 85.00%, other units as the plain number. */
  static String display(BigDecimal value, MeasureUnit unit) {
    if (value == null) {
      return null;
    }
    if (unit == MeasureUnit.PERCENT) {
      return value.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }
    return plain(value).toPlainString();
  }

  static Long staffId(Subject subject) {
    return subject.kind() == SubjectKind.STAFF ? subject.id() : null;
  }

  static Long unitId(Subject subject) {
    return subject.kind() == SubjectKind.UNIT ? subject.id() : null;
  }
}
