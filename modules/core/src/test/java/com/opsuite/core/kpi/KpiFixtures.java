package com.opsuite.core.kpi;

import com.opsuite.core.i18n.LocalizedName;
import java.util.HashMap;
import java.util.Map;

/** Indicators and measures for the KPI tests, as a tenant of the seed 003 app company has them. */
final class KpiFixtures {

  static final String ACTUAL = "app.downloads.actual";
  static final String PLANNED = "app.downloads.planned";
  static final String COMPLETION_ZH = "阶段下载量完成度";
  static final String COMPLETION_EN = "Stage download completion";

  private KpiFixtures() {}

  static Indicator formula(String code, String zh, String en, String formula) {
    return indicator(code, zh, en, IndicatorSource.FORMULA, formula, PeriodKind.MONTH);
  }

  static Indicator manual(String code, String zh, String en) {
    return indicator(code, zh, en, IndicatorSource.MANUAL, null, PeriodKind.MONTH);
  }

  static Indicator indicator(
      String code, String zh, String en, IndicatorSource source, String formula, PeriodKind kind) {
    Indicator i = new Indicator(code);
    i.apply(
        new IndicatorDraft(
            code, zh, en, MeasureUnit.PERCENT, Direction.HIGHER_IS_BETTER, kind, source, formula),
        "test");
    return i;
  }

  static Indicator completion() {
    return formula(
        "download-completion",
        COMPLETION_ZH,
        COMPLETION_EN,
        "m['app.downloads.actual'] / m['app.downloads.planned']");
  }

  /** The app-ops download measures (manual, per staff and company) and core's approval ones. */
  static Map<String, ValueSheet.Measure> measures() {
    Map<String, ValueSheet.Measure> measures = new HashMap<>();
    measures.put(
        ACTUAL,
        new ValueSheet.Measure(
            MeasureDefinition.manual(
                ACTUAL, MeasureUnit.COUNT, true, SubjectKind.STAFF, SubjectKind.TENANT),
            new LocalizedName("实际下载量", "Actual downloads")));
    measures.put(
        PLANNED,
        new ValueSheet.Measure(
            MeasureDefinition.manual(
                PLANNED, MeasureUnit.COUNT, true, SubjectKind.STAFF, SubjectKind.TENANT),
            new LocalizedName("计划下载量", "Planned downloads")));
    for (MeasureDefinition d : CoreMeasures.all()) {
      measures.put(d.code(), new ValueSheet.Measure(d, new LocalizedName(d.code(), d.code())));
    }
    return measures;
  }
}
