package com.opsuite.core.kpi;

import com.opsuite.core.i18n.CoreText;
import com.opsuite.core.i18n.LocalizedName;
import com.opsuite.core.kpi.formula.Evaluation;
import com.opsuite.core.kpi.formula.Formula;
import com.opsuite.core.kpi.formula.FormulaException;
import com.opsuite.core.kpi.formula.Reference;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Everything one computation of indicators for a period needs, read beforehand in bulk (see {@link
 * ValueSheets}), and the computation itself: no database access happens here, so a month of 500
 * staff and 10 indicators is 5,000 formula runs over maps. Values are remembered per indicator and
 * subject, so an indicator that others refer to is computed once.
 *
 * <p>A measure's value for a period is the one entered or provided for it; for an additive manual
 * measure without one, the sum of its months (or quarters) when every one of them has a value. An
 * additive provided measure is zero where its provider reported nothing.
 */
final class ValueSheet {

  /** A measure the tenant has, with its name in both languages. */
  record Measure(MeasureDefinition definition, LocalizedName name) {}

  /** One stored value's place: series (measure or manual indicator code), period, subject. */
  record Cell(String series, Period period, Subject subject) {}

  private record Key(String indicator, Subject subject) {}

  private final Period period;
  private final Map<String, Indicator> indicators;
  private final Map<String, Measure> measures;
  private final Set<String> declaredElsewhere;
  private final Map<Cell, BigDecimal> stored;
  private final Map<String, Map<Subject, BigDecimal>> provided;
  private final Map<String, Formula> formulas;
  private final Map<Key, Evaluation> computed = new HashMap<>();
  private final Set<Key> inProgress = new HashSet<>();

  /**
   * @param indicators the indicators the computation may reach, by code
   * @param formulas their formulas, already read (others are read when first needed)
   * @param measures the measures the tenant has, by code
   * @param declaredElsewhere codes of measures of modules the tenant has not enabled
   * @param stored the stored values of the manual series involved, for the period and its parts
   * @param provided the provided measures' values for the period; a measure without a provider is
   *     absent
   */
  ValueSheet(
      Period period,
      Map<String, Indicator> indicators,
      Map<String, Formula> formulas,
      Map<String, Measure> measures,
      Set<String> declaredElsewhere,
      Map<Cell, BigDecimal> stored,
      Map<String, Map<Subject, BigDecimal>> provided) {
    this.period = period;
    this.indicators = indicators;
    this.formulas = new HashMap<>(formulas);
    this.measures = measures;
    this.declaredElsewhere = declaredElsewhere;
    this.stored = stored;
    this.provided = provided;
  }

  /** The indicator's value for the subject in the sheet's period, or why there is none. */
  Evaluation indicator(String code, Subject subject) {
    Key key = new Key(code, subject);
    Evaluation known = computed.get(key);
    if (known != null) {
      return known;
    }
    if (!inProgress.add(key)) {
      // Saving refuses cycles; this only keeps a corrupted definition from recursing forever.
      return Evaluation.none("kpi.noValue.cycle", code);
    }
    Evaluation result = compute(code, subject);
    inProgress.remove(key);
    computed.put(key, result);
    return result;
  }

  private Evaluation compute(String code, Subject subject) {
    Indicator indicator = indicators.get(code);
    if (indicator == null) {
      return Evaluation.none("kpi.noValue.unknownIndicator", code);
    }
    if (indicator.getSource() == IndicatorSource.MANUAL) {
      BigDecimal value = stored.get(new Cell(code, period, subject));
      return value != null
          ? Evaluation.of(value)
          : Evaluation.none("kpi.noValue.notEntered", indicator.name(), period.toString());
    }
    Formula formula;
    try {
      formula = formulas.computeIfAbsent(code, c -> Formula.parse(indicator.getFormula()));
    } catch (FormulaException e) {
      return Evaluation.none("kpi.noValue.badFormula", indicator.name());
    }
    Evaluation result = formula.evaluate(ref -> operand(ref, subject));
    if (!result.known() && result.reason().args().isEmpty()) {
      // The formula's own failures (division by zero): name the indicator whose formula it is.
      return Evaluation.none(result.reason().key(), indicator.name());
    }
    return result;
  }

  private Evaluation operand(Reference ref, Subject subject) {
    if (ref.kind() == Reference.Kind.MEASURE) {
      return measure(ref.code(), period, subject);
    }
    Evaluation nested = indicator(ref.code(), subject);
    if (nested.known()) {
      return nested;
    }
    Indicator other = indicators.get(ref.code());
    Object name = other == null ? ref.code() : other.name();
    return Evaluation.none("kpi.noValue.indicator", name, nested.reason());
  }

  /** The measure's value for the subject in a period, or why there is none. */
  Evaluation measure(String code, Period in, Subject subject) {
    Measure measure = measures.get(code);
    if (measure == null) {
      return Evaluation.none(
          declaredElsewhere.contains(code) ? "kpi.noValue.moduleOff" : "kpi.noValue.unknownMeasure",
          code);
    }
    MeasureDefinition definition = measure.definition();
    if (!definition.keptPer().contains(subject.kind())) {
      return Evaluation.none(
          "kpi.noValue.notKept", measure.name(), new CoreText("kpi.subject." + subject.kind()));
    }
    if (!definition.manual()) {
      Map<Subject, BigDecimal> values = provided.get(code);
      if (values == null) {
        return Evaluation.none("kpi.noValue.noProvider", measure.name());
      }
      BigDecimal value = values.get(subject);
      if (value == null && definition.additive()) {
        value = BigDecimal.ZERO;
      }
      return value != null ? Evaluation.of(value) : missing(measure, in);
    }
    BigDecimal value = storedValue(code, in, subject, definition.additive());
    return value != null ? Evaluation.of(value) : missing(measure, in);
  }

  private BigDecimal storedValue(String series, Period in, Subject subject, boolean additive) {
    BigDecimal value = stored.get(new Cell(series, in, subject));
    if (value != null || !additive || in.parts().isEmpty()) {
      return value;
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (Period part : in.parts()) {
      BigDecimal partValue = storedValue(series, part, subject, true);
      if (partValue == null) {
        return null;
      }
      sum = sum.add(partValue);
    }
    return sum;
  }

  private static Evaluation missing(Measure measure, Period in) {
    return Evaluation.none("kpi.noValue.measure", measure.name(), in.toString());
  }
}
