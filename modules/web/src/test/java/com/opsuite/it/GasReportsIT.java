package com.opsuite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.opsuite.it.GasCompany.Person;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The dashboard summary and the KPI measures against a known data set in October 2026
 * (Asia/Shanghai): exact numbers per inspector, area and week, the tenant's day boundaries, what
 * does not count (cancelled tasks, drafts, other months), and another tenant's rows and area never
 * in sight.
 */
@ExtendWith(ArquillianExtension.class)
class GasReportsIT {

  private static final ZoneOffset CST = ZoneOffset.ofHours(8);
  private static final String OCTOBER = "from=2026-10-01&to=2026-10-31";

  @ArquillianResource URL base;

  private static OffsetDateTime at(String localDateTime) {
    return java.time.LocalDateTime.parse(localDateTime).atOffset(CST);
  }

  private static LocalDate day(String date) {
    return LocalDate.parse(date);
  }

  /** The utility of the tests: two areas, two inspectors with staff records, a known month. */
  private static final class October {
    final GasCompany gas;
    final Person wang;
    final Person li;
    final long wangStaff;
    final long liStaff;
    final long north;
    final long south;

    October(GasCompany gas) {
      this.gas = gas;
      gas.user("sup", "inspection-supervisor");
      wang = gas.user("wang", "inspector");
      li = gas.user("li", "inspector");
      wangStaff = gas.staff(wang);
      liStaff = gas.staff(li);
      north = gas.area("N", "North");
      south = gas.area("S", "South");
      gas.inspector(wang, "B-" + gas.tenant + "-1", north);
      gas.inspector(li, "B-" + gas.tenant + "-2", south);
      long c1 = gas.household("C1", north, "1 North Rd");
      long c2 = gas.household("C2", north, "2 North Rd");
      long c3 = gas.household("C3", south, "3 South Rd");
      long c4 = gas.household("C4", south, "4 South Rd");

      // Planned: due in October, of the three planned kinds, not cancelled.
      gas.task("PLANNED_INSPECTION", c1, north, wang.userId(), day("2026-10-05"), "plan:1");
      gas.task("REINSPECTION", c2, north, wang.userId(), day("2026-10-31"), "hazard:1");
      gas.task("REVISIT", c3, south, li.userId(), day("2026-10-20"), "revisit:1");
      gas.task("PLANNED_INSPECTION", c4, south, null, day("2026-10-10"), "plan:2");
      gas.task("PLANNED_INSPECTION", c4, south, li.userId(), day("2026-11-01"), "plan:3");
      long cancelled =
          gas.task("PLANNED_INSPECTION", c3, south, li.userId(), day("2026-10-15"), "plan:4");
      gas.closeTask(cancelled, "CANCELLED", at("2026-10-14T10:00"));
      long audit = gas.task("BLACKLIST_AUDIT", c1, north, wang.userId(), day("2026-10-12"), "bl:1");
      gas.closeTask(audit, "DONE", at("2026-10-12T10:00"));
      long lateAudit =
          gas.task("BLACKLIST_AUDIT", c2, north, li.userId(), day("2026-10-30"), "bl:2");
      gas.closeTask(lateAudit, "DONE", at("2026-11-02T10:00"));
      long reinspection =
          gas.task("REINSPECTION", c2, north, li.userId(), day("2026-11-05"), "hazard:2");
      gas.closeTask(reinspection, "DONE", at("2026-10-21T01:00"));

      // Visits: the last evening of October in Shanghai counts, its first night of November not.
      long i1 = gas.inspection(c1, wang, "COMPLETED", at("2026-10-05T10:00"));
      long i2 = gas.inspection(c2, wang, "COMPLETED", at("2026-10-31T23:30"));
      gas.inspection(c2, wang, "ENTRY_FAILED", at("2026-10-20T09:00"));
      long i4 = gas.inspection(c3, li, "COMPLETED", at("2026-10-21T09:00"));
      gas.inspection(c3, li, "COMPLETED", at("2026-11-01T00:30"));
      gas.inspection(c4, li, "ENTRY_FAILED", at("2026-10-22T09:00"));
      gas.inspection(c4, li, "DRAFT", null);
      gas.inspection(c3, li, "COMPLETED", at("2026-09-30T23:59"));

      // Hazards: three not closed (one past its deadline), two closed in October (one late).
      LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
      gas.hazard(i1, c1, "pipe-rust", "OPEN", today.minusDays(1), null);
      gas.hazard(i4, c3, "hose", "NOTICE_ISSUED", today.plusDays(5), null);
      gas.hazard(i4, c3, "leak-test", "ESCALATED", null, null);
      gas.hazard(i1, c1, "hose", "CLOSED", day("2026-10-20"), at("2026-10-20T22:00"));
      long late =
          gas.hazard(i2, c2, "appliances", "CLOSED", day("2026-10-20"), at("2026-10-21T01:00"));
      gas.reinspection(late, reinspection);
      gas.hazard(i4, c3, "pipe-altered", "CLOSED", day("2026-09-30"), at("2026-09-29T10:00"));

      // Blacklist: weeks end 10-04, 10-11, 10-18, 10-25 and (cut) 10-31.
      gas.blacklisted(c1, day("2026-09-01"), day("2026-10-15"));
      gas.blacklisted(c2, day("2026-10-11"), null);
      gas.blacklisted(c3, day("2026-10-26"), null);
      gas.blacklisted(c4, day("2026-08-01"), day("2026-10-04"));

      Person sup = gas.person("sup");
      gas.theftCase("TC-1", c1, "OPEN", sup, at("2026-10-03T10:00"));
      gas.theftCase("TC-2", c3, "UNDER_REVIEW", sup, at("2026-10-10T10:00"));
      gas.theftCase("TC-3", c3, "UNDER_REVIEW", sup, at("2026-10-31T23:00"));
      gas.theftCase("TC-4", c4, "CLOSED", sup, at("2026-11-01T00:10"));
    }
  }

  private static JsonObject summary(GasCompany gas, String query) {
    HttpResponse<String> response = Http.get(gas.api("reports/summary?" + query), gas.as("sup"));
    assertEquals(200, response.statusCode(), response.body());
    return Http.json(response);
  }

  private static String counts(JsonObject counts) {
    String rate =
        counts.containsKey("entryFailureRate") && !counts.isNull("entryFailureRate")
            ? counts.getJsonNumber("entryFailureRate").bigDecimalValue().toPlainString()
            : "-";
    return counts.getInt("planned")
        + "/"
        + counts.getInt("done")
        + "/"
        + counts.getInt("entryFailed")
        + "/"
        + rate;
  }

  @Test
  void theSummaryCountsExactlyWhatHappenedInThePeriod() throws Exception {
    October a = new October(new GasCompany(base.toURI(), "gas-rep"));
    new October(new GasCompany(base.toURI(), "gas-rep-b")); // the same rows in another tenant

    JsonObject s = summary(a.gas, OCTOBER);
    assertEquals("2026-10-01", s.getString("from"));
    assertEquals("4/3/2/0.4000", counts(s.getJsonObject("totals")));

    Map<String, String> byInspector = new HashMap<>();
    for (JsonObject row : s.getJsonArray("byInspector").getValuesAs(JsonObject.class)) {
      String who = row.containsKey("name") ? row.getString("name") : "nobody";
      byInspector.put(who, counts(row.getJsonObject("counts")));
    }
    assertEquals(
        Map.of("wang", "2/2/1/0.3333", "li", "1/1/1/0.5000", "nobody", "1/0/0/-"), byInspector);

    Map<String, String> byArea = new HashMap<>();
    for (JsonObject row : s.getJsonArray("byArea").getValuesAs(JsonObject.class)) {
      byArea.put(row.getString("code"), counts(row.getJsonObject("counts")));
    }
    assertEquals(Map.of("N", "2/2/1/0.3333", "S", "2/1/1/0.5000"), byArea);

    assertEquals(3, s.getJsonObject("hazards").getInt("open"));
    assertEquals(1, s.getJsonObject("hazards").getInt("overdue"));
    assertEquals(2, s.getJsonObject("blacklist").getInt("size"));
    Map<String, String> weeks = new java.util.LinkedHashMap<>();
    for (JsonObject w :
        s.getJsonObject("blacklist").getJsonArray("weeks").getValuesAs(JsonObject.class)) {
      weeks.put(w.getString("weekEnd"), String.valueOf(w.getInt("size")));
    }
    assertEquals(
        List.of("2026-10-04=1", "2026-10-11=2", "2026-10-18=1", "2026-10-25=1", "2026-10-31=2"),
        weeks.entrySet().stream().map(Object::toString).toList());

    Map<String, Integer> stages = new HashMap<>();
    for (JsonObject c : s.getJsonArray("theftCases").getValuesAs(JsonObject.class)) {
      stages.put(c.getString("stage"), c.getInt("count"));
    }
    assertEquals(8, stages.size(), "every stage listed");
    assertEquals(1, stages.get("OPEN"));
    assertEquals(2, stages.get("UNDER_REVIEW"));
    assertEquals(0, stages.get("CLOSED"));

    // One area: the north's own figures, its hazards and blacklist only.
    JsonObject north = summary(a.gas, OCTOBER + "&area=" + a.north);
    assertEquals("2/2/1/0.3333", counts(north.getJsonObject("totals")));
    assertEquals(1, north.getJsonArray("byArea").size());
    assertEquals(1, north.getJsonObject("hazards").getInt("open"));
    assertEquals(1, north.getJsonObject("hazards").getInt("overdue"));
    assertEquals(1, north.getJsonObject("blacklist").getInt("size"));
    assertEquals(
        List.of(1, 2, 1, 1, 1),
        north
            .getJsonObject("blacklist")
            .getJsonArray("weeks")
            .getValuesAs(JsonObject.class)
            .stream()
            .map(w -> w.getInt("size"))
            .toList());

    // A quarter: November's visit and its two planned tasks join in.
    JsonObject q4 = summary(a.gas, "from=2026-10-01&to=2026-12-31");
    assertEquals("6/4/2/0.3333", counts(q4.getJsonObject("totals")));
  }

  @Test
  void anotherTenantsAreaIsNotFoundAndBadInputIsRefused() throws Exception {
    October a = new October(new GasCompany(base.toURI(), "gas-rep-iso"));
    October b = new October(new GasCompany(base.toURI(), "gas-rep-iso-b"));

    HttpResponse<String> guessed =
        Http.get(a.gas.api("reports/summary?" + OCTOBER + "&area=" + b.north), a.gas.as("sup"));
    assertEquals(404, guessed.statusCode(), guessed.body());
    assertFalse(guessed.body().contains("North"), guessed.body());
    HttpResponse<String> unknown =
        Http.get(a.gas.api("reports/summary?" + OCTOBER + "&area=999999999"), a.gas.as("sup"));
    assertEquals(404, unknown.statusCode());

    // B's own summary: its rows only, the same numbers as A's for the same data.
    JsonObject own = summary(b.gas, OCTOBER + "&area=" + b.north);
    assertEquals("2/2/1/0.3333", counts(own.getJsonObject("totals")));

    // An inspector does not read the dashboard.
    HttpResponse<String> inspector =
        Http.get(a.gas.api("reports/summary?" + OCTOBER), a.gas.as("wang"));
    assertEquals(403, inspector.statusCode(), inspector.body());

    String missing =
        Refusals.message(
            Http.get(
                a.gas.api("reports/summary?to=2026-10-31"),
                a.gas.as("sup", "Accept-Language", "zh-CN")),
            "from",
            "kpi.required");
    assertFalse(missing.isBlank());
    Refusals.message(
        Http.get(a.gas.api("reports/summary?from=2026-10-31&to=2026-10-01"), a.gas.as("sup")),
        "to",
        "org.assignment.endsBeforeStart");
    assertEquals(
        400,
        Http.get(a.gas.api("reports/summary?from=2026-13-01&to=2026-10-31"), a.gas.as("sup"))
            .statusCode());
  }

  @Test
  void theKpiEngineReadsTheMeasuresPerInspectorAndForTheCompany() throws Exception {
    October a = new October(new GasCompany(base.toURI(), "gas-kpi"));
    new October(new GasCompany(base.toURI(), "gas-kpi-b"));

    assertEquals(
        Map.of("staff:" + a.wangStaff, "2", "staff:" + a.liStaff, "1", "tenant", "3"),
        values(a, "gas.inspections-done", "2026-10"));
    assertEquals(
        Map.of("staff:" + a.wangStaff, "2", "staff:" + a.liStaff, "2", "tenant", "4"),
        values(a, "gas.inspections-done", "2026-Q4"));
    assertEquals(
        Map.of("staff:" + a.wangStaff, "2", "staff:" + a.liStaff, "1", "tenant", "4"),
        values(a, "gas.inspections-planned", "2026-10"));
    assertEquals(
        Map.of("staff:" + a.wangStaff, "1", "staff:" + a.liStaff, "1", "tenant", "2"),
        values(a, "gas.hazards-rectified", "2026-10"));
    assertEquals(
        Map.of("staff:" + a.wangStaff, "1", "tenant", "1"),
        values(a, "gas.hazards-rectified-on-time", "2026-10"));
    assertEquals(
        Map.of("staff:" + a.wangStaff, "1", "tenant", "1"),
        values(a, "gas.blacklist-audits-closed", "2026-10"));
    assertEquals(
        Map.of("staff:" + a.liStaff, "1", "tenant", "1"),
        values(a, "gas.blacklist-audits-closed", "2026-11"));

    // A formula over the two hazard measures: wang's on-time share is 100%.
    KpiApi kpi = new KpiApi(base.toURI(), a.gas.tenant);
    kpi.indicator(
        KpiApi.formula(
            "hazards-on-time",
            "隐患按期整改率",
            "Hazards rectified on time",
            "PERCENT",
            "m['gas.hazards-rectified-on-time'] / m['gas.hazards-rectified']"));
    JsonObject score = kpi.score("hazards-on-time", "2026-10", a.wangStaff, "en");
    assertEquals(0, BigDecimal.ONE.compareTo(score.getJsonNumber("value").bigDecimalValue()));
    JsonObject li = kpi.score("hazards-on-time", "2026-10", a.liStaff, "en");
    assertEquals(0, BigDecimal.ZERO.compareTo(li.getJsonNumber("value").bigDecimalValue()));
  }

  /** The measure's values in the period as the KPI API lists them, by subject. */
  private static Map<String, String> values(October o, String measure, String period) {
    HttpResponse<String> response =
        Http.get(
            o.gas.root.resolve("api/v1/core/kpi/values/" + measure + "?period=" + period),
            o.gas.asAdmin());
    assertEquals(200, response.statusCode(), response.body());
    Map<String, String> values = new HashMap<>();
    for (JsonObject v : Http.jsonArray(response).getValuesAs(JsonObject.class)) {
      String subject =
          v.containsKey("staffId") && !v.isNull("staffId")
              ? "staff:" + v.getJsonNumber("staffId").longValue()
              : "tenant";
      assertNull(values.put(subject, v.getJsonNumber("value").bigDecimalValue().toPlainString()));
    }
    return values;
  }
}
