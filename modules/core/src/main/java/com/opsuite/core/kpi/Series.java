package com.opsuite.core.kpi;

import com.opsuite.core.i18n.LocalizedName;
import java.util.Set;

/**
 * Something values are kept for: a declared measure or an indicator. Only manual ones take entries;
 * a manual indicator takes values for periods of its own kind.
 */
public record Series(
    String code,
    LocalizedName name,
    boolean manual,
    Set<SubjectKind> keptPer,
    PeriodKind onlyKind,
    MeasureCatalog.Declared measure) {

  static Series of(MeasureCatalog.Declared measure, LocalizedName name) {
    MeasureDefinition d = measure.definition();
    return new Series(d.code(), name, d.manual(), d.keptPer(), null, measure);
  }

  static Series of(Indicator indicator) {
    return new Series(
        indicator.getCode(),
        indicator.name(),
        indicator.getSource() == IndicatorSource.MANUAL,
        Set.of(SubjectKind.values()),
        indicator.getPeriodKind(),
        null);
  }

  public boolean isMeasure() {
    return measure != null;
  }
}
