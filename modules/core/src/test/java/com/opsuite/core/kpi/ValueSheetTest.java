package com.opsuite.core.kpi;

import static com.opsuite.core.kpi.KpiFixtures.ACTUAL;
import static com.opsuite.core.kpi.KpiFixtures.PLANNED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.opsuite.core.i18n.SupportedLocales;
import com.opsuite.core.kpi.formula.Evaluation;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Computing indicators from measures: exact values, roll-ups, and every reason for no value. */
class ValueSheetTest {

  private static final Period NOVEMBER = Period.month(2026, 11);
  private static final Subject ZHANG = Subject.staff(101);
  private static final Subject LI = Subject.staff(102);

  private final Map<String, Indicator> indicators = new HashMap<>();
  private final Map<ValueSheet.Cell, BigDecimal> stored = new HashMap<>();
  private final Map<String, Map<Subject, BigDecimal>> provided = new HashMap<>();

  private void add(Indicator i) {
    indicators.put(i.getCode(), i);
  }

  private void store(String series, Period period, Subject subject, String value) {
    stored.put(new ValueSheet.Cell(series, period, subject), new BigDecimal(value));
  }

  private ValueSheet sheet(Period period) {
    return new ValueSheet(
        period,
        indicators,
        Map.of(),
        KpiFixtures.measures(),
        Set.of("gas.inspections.done"),
        stored,
        provided);
  }

  @Test
  void stageDownloadCompletionIsExactlyActualOverPlanned() {
    add(KpiFixtures.completion());
    store(ACTUAL, NOVEMBER, ZHANG, "8500");
    store(PLANNED, NOVEMBER, ZHANG, "10000");
    Evaluation e = sheet(NOVEMBER).indicator("download-completion", ZHANG);
    assertEquals(new BigDecimal("0.85"), e.value());
    assertEquals("85.00%", KpiJson.display(e.value(), MeasureUnit.PERCENT));
  }

  @Test
  void aQuarterOfAnAdditiveMeasureIsTheSumOfItsMonthsWhenAllAreEntered() {
    add(KpiFixtures.completion());
    Period q4 = Period.quarter(2026, 4);
    for (Period month : q4.parts()) {
      store(ACTUAL, month, ZHANG, "3000");
      store(PLANNED, month, ZHANG, "4000");
    }
    store(ACTUAL, Period.month(2026, 10), LI, "100");
    store(PLANNED, q4, LI, "1000");
    ValueSheet sheet = sheet(q4);
    assertEquals(new BigDecimal("0.75"), sheet.indicator("download-completion", ZHANG).value());
    Evaluation li = sheet.indicator("download-completion", LI);
    assertFalse(li.known());
    assertEquals("kpi.noValue.measure", li.reason().key());
    assertEquals("实际下载量在 2026-Q4 没有数值。", li.reason().in(SupportedLocales.CHINESE));
    assertEquals(
        "Actual downloads has no value for 2026-Q4.", li.reason().in(SupportedLocales.ENGLISH));
  }

  @Test
  void anEnteredQuarterWinsOverItsMonths() {
    Period q4 = Period.quarter(2026, 4);
    store(ACTUAL, q4, ZHANG, "9000");
    q4.parts().forEach(m -> store(ACTUAL, m, ZHANG, "1"));
    assertEquals(new BigDecimal("9000"), sheet(q4).measure(ACTUAL, q4, ZHANG).value());
  }

  @Test
  void aProvidedCountIsZeroWhereNothingHappenedSoTheShareHasNoValue() {
    add(
        KpiFixtures.formula(
            "approvals-on-time",
            "审批及时率",
            "Approvals on time",
            "m['core.approvals.decided-on-time'] / m['core.approvals.decided']"));
    provided.put(CoreMeasures.APPROVALS_DECIDED, Map.of(ZHANG, new BigDecimal("4")));
    provided.put(CoreMeasures.APPROVALS_DECIDED_ON_TIME, Map.of(ZHANG, new BigDecimal("3")));
    ValueSheet sheet = sheet(NOVEMBER);
    assertEquals(new BigDecimal("0.75"), sheet.indicator("approvals-on-time", ZHANG).value());
    Evaluation li = sheet.indicator("approvals-on-time", LI);
    assertEquals("kpi.noValue.divisionByZero", li.reason().key());
    assertEquals("审批及时率的公式除数为零。", li.reason().in(SupportedLocales.CHINESE));
    assertEquals(
        "The formula of Approvals on time divides by zero.",
        li.reason().in(SupportedLocales.ENGLISH));
  }

  @Test
  void anIndicatorUsingAnotherPassesOnWhyThatOneHasNoValue() {
    add(KpiFixtures.completion());
    add(
        KpiFixtures.formula(
            "completion-points",
            "完成度得分",
            "Completion points",
            "min(i['download-completion'] * 100, 120)"));
    store(ACTUAL, NOVEMBER, ZHANG, "12000");
    store(PLANNED, NOVEMBER, ZHANG, "10000");
    store(ACTUAL, NOVEMBER, LI, "5");
    store(PLANNED, NOVEMBER, LI, "0");
    ValueSheet sheet = sheet(NOVEMBER);
    assertEquals(new BigDecimal("120"), sheet.indicator("completion-points", ZHANG).value());
    Evaluation li = sheet.indicator("completion-points", LI);
    assertEquals("kpi.noValue.indicator", li.reason().key());
    assertEquals("阶段下载量完成度没有数值：阶段下载量完成度的公式除数为零。", li.reason().in(SupportedLocales.CHINESE));
  }

  @Test
  void manualIndicatorsTakeTheirEnteredValue() {
    add(KpiFixtures.manual("attitude", "工作态度", "Attitude"));
    add(KpiFixtures.formula("attitude-points", "态度得分", "Attitude points", "i['attitude'] * 10"));
    store("attitude", NOVEMBER, ZHANG, "9.5");
    ValueSheet sheet = sheet(NOVEMBER);
    assertEquals(new BigDecimal("95"), sheet.indicator("attitude-points", ZHANG).value());
    assertEquals(
        "No value of Attitude was entered for 2026-11.",
        sheet.indicator("attitude", LI).reason().in(SupportedLocales.ENGLISH));
  }

  @Test
  void measuresOutOfReachSayWhy() {
    ValueSheet sheet = sheet(NOVEMBER);
    assertEquals(
        "kpi.noValue.moduleOff",
        sheet.measure("gas.inspections.done", NOVEMBER, ZHANG).reason().key());
    assertEquals(
        "kpi.noValue.unknownMeasure", sheet.measure("x.y", NOVEMBER, ZHANG).reason().key());
    assertEquals(
        "core.approvals.decided is not kept per department or group.",
        sheet
            .measure(CoreMeasures.APPROVALS_DECIDED, NOVEMBER, Subject.unit(5))
            .reason()
            .in(SupportedLocales.ENGLISH));
    assertEquals(
        "kpi.noValue.noProvider",
        sheet.measure(CoreMeasures.APPROVALS_DECIDED, NOVEMBER, ZHANG).reason().key());
  }

  @Test
  void eachIndicatorIsComputedOncePerSubject() {
    add(KpiFixtures.completion());
    add(
        KpiFixtures.formula(
            "double", "两倍", "Double", "i['download-completion'] + i['download-completion']"));
    store(ACTUAL, NOVEMBER, ZHANG, "1");
    store(PLANNED, NOVEMBER, ZHANG, "4");
    ValueSheet sheet = sheet(NOVEMBER);
    for (String code : List.of("double", "download-completion", "double")) {
      sheet.indicator(code, ZHANG);
    }
    assertEquals(new BigDecimal("0.5"), sheet.indicator("double", ZHANG).value());
  }
}
