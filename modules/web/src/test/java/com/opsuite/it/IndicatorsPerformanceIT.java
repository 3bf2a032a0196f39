package com.opsuite.it;

import static com.opsuite.it.KpiApi.formula;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A measurement, not a benchmark: a monthly computation of 10 indicators for 500 staff (the size of
 * an appraisal cycle the issue names), through the scores sheet endpoint. It checks every one of
 * the 5,000 cells that can be checked exactly, and reports the time on standard output and in
 * {@code target/kpi-performance.txt} without asserting on it.
 */
@ExtendWith(ArquillianExtension.class)
class IndicatorsPerformanceIT {

  static final int STAFF = 500;
  static final String MONTH = "2026-11";

  /** Far above what the sequences hand out in a test run, as in {@link LargeOrganisation}. */
  private static final long BASE = 900_000_000L;

  private static final List<String> INDICATORS =
      List.of(
          "completion",
          "gap",
          "completion-pct",
          "over-plan",
          "capped",
          "approvals",
          "approvals-on-time",
          "weighted",
          "remainder",
          "attitude");

  @ArquillianResource URL base;

  @Test
  void aMonthOf500StaffAnd10Indicators() throws Exception {
    URI root = base.toURI();
    String tenant = TestTenants.signUp(root, "kpi-perf", "app-ops");
    KpiApi kpi = new KpiApi(root, tenant);
    long inserted = System.nanoTime();
    try (Connection db = TestDatabase.asAdmin()) {
      insert(db, tenant);
    }
    long insertMillis = (System.nanoTime() - inserted) / 1_000_000;
    String actual = "m['app.downloads.actual']";
    String planned = "m['app.downloads.planned']";
    kpi.indicator(
        formula("completion", "阶段下载量完成度", "Completion", "PERCENT", actual + " / " + planned));
    kpi.indicator(formula("gap", "差额", "Gap", "COUNT", planned + " - " + actual));
    kpi.indicator(
        formula(
            "completion-pct",
            "完成百分比",
            "Completion %",
            "NUMBER",
            "round(i['completion'] * 100, 2)"));
    kpi.indicator(
        formula("over-plan", "超额", "Over plan", "NUMBER", actual + " >= " + planned + " ? 1 : 0"));
    kpi.indicator(formula("capped", "封顶完成度", "Capped", "PERCENT", "min(i['completion'], 1)"));
    kpi.indicator(
        formula("approvals", "审批处理量", "Approvals", "COUNT", "m['core.approvals.decided']"));
    kpi.indicator(
        formula(
            "approvals-on-time",
            "审批及时率",
            "Approvals on time",
            "PERCENT",
            "m['core.approvals.decided'] > 0 ? m['core.approvals.decided-on-time'] /"
                + " m['core.approvals.decided'] : 1"));
    kpi.indicator(
        formula(
            "weighted", "加权得分", "Weighted", "NUMBER", "i['completion'] * 0.6 + i['capped'] * 0.4"));
    kpi.indicator(formula("remainder", "余数", "Remainder", "NUMBER", actual + " % 1000"));
    kpi.indicator(KpiApi.manual("attitude", "工作态度", "Attitude"));
    for (String code : INDICATORS) {
      kpi.target(KpiApi.linearTarget(code, MONTH, null, "0", "1", "120"));
    }

    String path =
        "scores/sheet?period="
            + MONTH
            + INDICATORS.stream().map(c -> "&indicator=" + c).collect(Collectors.joining());
    JsonObject sheet = sheet(kpi, path);
    List<JsonObject> rows = sheet.getJsonArray("rows").getValuesAs(JsonObject.class);
    assertEquals(STAFF, rows.size());
    int checked = 0;
    for (JsonObject row : rows) {
      int i = (int) (row.getJsonNumber("staffId").longValue() - BASE);
      List<JsonObject> cells = row.getJsonArray("scores").getValuesAs(JsonObject.class);
      assertEquals(INDICATORS.size(), cells.size());
      for (JsonObject cell : cells) {
        assertEquals(expected(cell.getString("indicator"), i), value(cell), row + " " + cell);
        checked++;
      }
    }
    // The linear target 0 -> 1 scores completion 0.75 at 75.00.
    JsonObject first = rows.get(0).getJsonArray("scores").getJsonObject(0);
    assertEquals(
        expected("completion", (int) (rows.get(0).getJsonNumber("staffId").longValue() - BASE))
            .multiply(BigDecimal.valueOf(100))
            .setScale(2, RoundingMode.HALF_UP),
        first.getJsonNumber("score").bigDecimalValue());

    List<Double> times = new ArrayList<>();
    for (int run = 0; run < 7; run++) {
      long start = System.nanoTime();
      sheet(kpi, path);
      if (run >= 2) {
        times.add((System.nanoTime() - start) / 1_000_000.0);
      }
    }
    Collections.sort(times);
    List<String> report =
        List.of(
            "KPI performance: "
                + STAFF
                + " staff x "
                + INDICATORS.size()
                + " indicators for "
                + MONTH
                + " ("
                + checked
                + " cells checked exactly; "
                + 3 * STAFF
                + " stored values inserted in "
                + insertMillis
                + " ms)",
            String.format(
                "GET /kpi/scores/sheet, 5 runs after 2 warm-up: median %.1f ms, min %.1f ms, max %.1f ms",
                times.get(times.size() / 2), times.get(0), times.get(times.size() - 1)));
    report.forEach(System.out::println);
    Files.write(
        Path.of(System.getProperty("it.war")).getParent().resolve("kpi-performance.txt"), report);
  }

  /** What each indicator must be for staff member {@code i}: actual 5000 + i, planned 10000. */
  private static BigDecimal expected(String indicator, int i) {
    BigDecimal actual = BigDecimal.valueOf(5000 + i);
    BigDecimal planned = BigDecimal.valueOf(10000);
    BigDecimal completion = actual.divide(planned);
    BigDecimal result =
        switch (indicator) {
          case "completion", "capped" -> completion;
          case "gap" -> planned.subtract(actual);
          case "completion-pct" -> completion.multiply(BigDecimal.valueOf(100));
          case "over-plan", "approvals" -> BigDecimal.ZERO;
          case "approvals-on-time" -> BigDecimal.ONE;
          case "weighted" -> completion;
          case "remainder" -> actual.remainder(BigDecimal.valueOf(1000));
          case "attitude" -> BigDecimal.valueOf(60 + i % 40);
          default -> throw new AssertionError(indicator);
        };
    return result.stripTrailingZeros();
  }

  private static BigDecimal value(JsonObject cell) {
    return cell.getJsonNumber("value").bigDecimalValue().stripTrailingZeros();
  }

  private static JsonObject sheet(KpiApi kpi, String path) {
    HttpResponse<String> response = Http.get(kpi.uri(path), Http.asTenant(kpi.tenant));
    assertEquals(
        200,
        response.statusCode(),
        response.body().substring(0, Math.min(500, response.body().length())));
    return Http.json(response);
  }

  /** 500 staff, each with actual and planned downloads and an attitude score for the month. */
  private static void insert(Connection db, String tenant) throws Exception {
    db.setAutoCommit(false);
    try (PreparedStatement staff =
            db.prepareStatement(
                "INSERT INTO staff_member (tenant_id, id, name, active) VALUES (?, ?, ?, true)");
        PreparedStatement value =
            db.prepareStatement(
                "INSERT INTO kpi_value (tenant_id, id, series, period, subject_kind, subject_id,"
                    + " value, entered_at, entered_by) VALUES (?, ?, ?, ?, 'STAFF', ?, ?, now(),"
                    + " 'perf-test')")) {
      long valueId = BASE;
      for (int i = 0; i < STAFF; i++) {
        long id = BASE + i;
        staff.setString(1, tenant);
        staff.setLong(2, id);
        staff.setString(3, String.format("员工%03d", i));
        staff.addBatch();
        String[][] series = {
          {"app.downloads.actual", String.valueOf(5000 + i)},
          {"app.downloads.planned", "10000"},
          {"attitude", String.valueOf(60 + i % 40)}
        };
        for (String[] s : series) {
          value.setString(1, tenant);
          value.setLong(2, valueId++);
          value.setString(3, s[0]);
          value.setString(4, MONTH);
          value.setLong(5, id);
          value.setBigDecimal(6, new BigDecimal(s[1]));
          value.addBatch();
        }
      }
      staff.executeBatch();
      value.executeBatch();
    }
    db.commit();
  }
}
