package com.opsuite.it;

import static com.opsuite.it.OnlineCadenceData.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The cadence rules on China's 2025 National Day calendar (1 to 8 October off; Sunday 28 September
 * and Saturday 11 October make-up working days): each rule's exact due date and verdict through the
 * API, the warnings sent once per rule and period, the compliance KPI per platform owner, occasions
 * with validation and optimistic locking, and another tenant reaching none of it.
 */
@ExtendWith(ArquillianExtension.class)
class OnlineCadenceIT {

  @ArquillianResource URL base;

  private OnlineCadenceData company(String prefix) throws Exception {
    return new OnlineCadenceData(new OnlineCompany(base.toURI(), prefix)).nationalDay();
  }

  private static JsonObject row(JsonObject week, String rule, String subject) {
    return week.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
        .filter(r -> r.getString("rule").equals(rule) && r.getString("subject").equals(subject))
        .findFirst()
        .orElseThrow(() -> new AssertionError(rule + " " + subject + " in " + week));
  }

  private static String verdict(JsonObject row) {
    return row.getString("status")
        + " "
        + row.getInt("count")
        + "/"
        + row.getInt("required")
        + " due "
        + row.getString("dueOn");
  }

  @Test
  void eachRuleFollowsTheHolidayAndTheMakeUpWorkingDays() throws Exception {
    OnlineCadenceData c = company("cad-rules");

    // The week of 29 September: two working days, then the holiday.
    JsonObject w40 = c.compliance("2025-W40", d(10, 6), "en");
    assertEquals("2025-W40", w40.getString("week"));
    assertEquals("2025-09-29", w40.getString("from"));
    assertEquals("MISSED 2/3 due 2025-09-30", verdict(row(w40, "WEEKLY_UPDATES", "Website")));
    assertEquals("MISSED 2/7 due 2025-10-05", verdict(row(w40, "DAILY_UPDATES", "WeChat")));
    assertEquals("MET 2/2 due 2025-09-30", verdict(row(w40, "DAILY_UPDATES", "Weibo")));
    assertEquals("MET 1/1 due 2025-09-30", verdict(row(w40, "EVENT_NEWS", "Autumn fair")));
    assertEquals("MISSED 0/1 due 2025-09-30", verdict(row(w40, "PROMOTION_LEAD", "Double sale")));
    assertEquals("MET 1/1 due 2025-09-30", verdict(row(w40, "COLUMN_REVIEW", "About us")));
    assertEquals(6, w40.getJsonArray("rows").size(), w40.toString());
    assertEquals(3, w40.getInt("met"));
    assertEquals(3, w40.getInt("missed"));

    // The week before ends on the make-up Sunday, which is its due date.
    JsonObject w39 = c.compliance("2025-09-24", d(9, 29), "en");
    assertEquals("MET 3/3 due 2025-09-28", verdict(row(w39, "WEEKLY_UPDATES", "Website")));

    // On the last working day of the week of 29 September, what is still due, in both languages.
    JsonObject tuesday = c.compliance("2025-W40", d(9, 30), "en");
    JsonObject site = row(tuesday, "WEEKLY_UPDATES", "Website");
    assertEquals("IN_PROGRESS 2/3 due 2025-09-30", verdict(site));
    assertEquals("1 more update on Website by 2025-09-30 (Tuesday)", site.getString("next"));
    assertEquals(
        "Promotion notice for \"Double sale\" due by 2025-09-30 (Tuesday)",
        row(tuesday, "PROMOTION_LEAD", "Double sale").getString("next"));
    JsonObject chinese = c.compliance("2025-W40", d(9, 30), "zh-CN");
    assertEquals(
        "还需在Website更新1次，截止2025-09-30（星期二）",
        row(chinese, "WEEKLY_UPDATES", "Website").getString("next"));
    assertEquals("进行中", row(chinese, "WEEKLY_UPDATES", "Website").getString("statusLabel"));

    // After the holiday: the week is due on the make-up Saturday, and so is the gala's news
    // (it ended on 30 September: 9, 10 and 11 October are the three working days after it).
    JsonObject friday = c.compliance("2025-W41", d(10, 10), "en");
    assertEquals(
        "IN_PROGRESS 2/3 due 2025-10-11", verdict(row(friday, "WEEKLY_UPDATES", "Website")));
    assertEquals(
        "1 more update on Website by 2025-10-11 (Saturday)",
        row(friday, "WEEKLY_UPDATES", "Website").getString("next"));
    JsonObject gala = row(friday, "EVENT_NEWS", "Gala");
    assertEquals("IN_PROGRESS 0/1 due 2025-10-11", verdict(gala));
    assertEquals("News of \"Gala\" due by 2025-10-11 (Saturday)", gala.getString("next"));
    // Weibo on working days only: Thursday, Friday and the make-up Saturday; Thursday passed empty.
    assertEquals("MISSED 0/3 due 2025-10-11", verdict(row(friday, "DAILY_UPDATES", "Weibo")));
    JsonObject sunday = c.compliance("2025-W41", d(10, 12), "en");
    assertEquals("MET 3/3 due 2025-10-11", verdict(row(sunday, "WEEKLY_UPDATES", "Website")));
    assertEquals("MISSED 0/1 due 2025-10-11", verdict(row(sunday, "EVENT_NEWS", "Gala")));

    // The rules in force: the Weibo account's own rule, the others from the settings.
    JsonArray rules = Http.jsonArray(Http.get(c.co.api("cadence/rules"), c.co.as("clerk")));
    assertEquals(
        List.of("Website 3/0/false/false", "WeChat 0/1/false/false", "Weibo 0/1/true/true"),
        rules.getValuesAs(JsonObject.class).stream()
            .map(
                r ->
                    r.getString("platform")
                        + " "
                        + r.getInt("weeklyMin")
                        + "/"
                        + r.getInt("dailyMin")
                        + "/"
                        + r.getBoolean("workingDaysOnly")
                        + "/"
                        + r.getBoolean("own"))
            .toList());

    // A rule out of range is refused on its field; a stale version of the rule with 409.
    HttpResponse<String> tooMany =
        Http.put(
            c.co.api("cadence/rules/" + c.site),
            "{\"weeklyMin\": 99}",
            c.co.as("manager1", "Accept-Language", "en"));
    assertEquals(400, tooMany.statusCode(), tooMany.body());
    assertEquals(
        "weeklyMin", Http.json(tooMany).getJsonArray("errors").getJsonObject(0).getString("field"));
    assertEquals("Updates per week must be from 0 to 50.", Http.json(tooMany).getString("detail"));
    long weiboVersion =
        rules.getValuesAs(JsonObject.class).get(2).getJsonNumber("version").longValue();
    assertEquals(
        409,
        Http.put(
                c.co.api("cadence/rules/" + c.weibo),
                "{\"workingDaysOnly\": false, \"version\": " + (weiboVersion + 7) + "}",
                c.co.as("manager1"))
            .statusCode());
    assertEquals(
        403,
        Http.put(c.co.api("cadence/rules/" + c.site), "{\"weeklyMin\": 5}", c.co.as("clerk"))
            .statusCode());

    // The weekly history the chart draws.
    JsonArray history =
        Http.jsonArray(
            Http.get(
                c.co.api("cadence/history?week=2025-W40&weeks=2&asOf=2025-10-06"),
                c.co.as("clerk")));
    assertEquals(2, history.size());
    assertEquals("2025-W39", history.getJsonObject(0).getString("week"));
    assertEquals(3, history.getJsonObject(1).getInt("met"));
    assertEquals(3, history.getJsonObject(1).getInt("missed"));

    // The CSV export of the week.
    HttpResponse<String> csv =
        Http.get(
            c.co.api("cadence/compliance.csv?week=2025-W40&asOf=2025-10-06"),
            c.co.as("manager1", "Accept-Language", "en"));
    assertEquals(200, csv.statusCode(), csv.body());
    assertTrue(
        csv.body().contains("2025-W40,Updates per week,Website,Website,Missed,2,3,2025-09-30"),
        csv.body());

    // A week that is none is refused in the caller's language.
    HttpResponse<String> bad =
        Http.get(
            c.co.api("cadence/compliance?week=2025-W60"),
            c.co.as("manager1", "Accept-Language", "en"));
    assertEquals(400, bad.statusCode(), bad.body());
    assertEquals(
        "Not a week: 2025-W60. Use 2025-W40 or a date.", Http.json(bad).getString("detail"));
  }

  /**
   * The fixed-column review is due on the month's last working day of the tenant's calendar: a
   * month ending in the Spring Festival holiday moves it back to the last day before the holiday, a
   * make-up Saturday that ends the month moves it forward onto that Saturday, and a rest day the
   * tenant enters itself moves it back too. The warning goes out on that day, not the month's end.
   */
  @Test
  void theColumnReviewFollowsTheHolidayTheMakeUpDayAndTheTenantsOwnRestDay() throws Exception {
    OnlineCadenceData c = new OnlineCadenceData(new OnlineCompany(base.toURI(), "cad-col"));
    HttpResponse<String> added =
        Http.post(
            c.co.api("cadence/columns"),
            "{\"platformId\": " + c.site + ", \"name\": \"Products\"}",
            c.co.as("manager1"));
    assertEquals(201, added.statusCode(), added.body());
    long column = Http.json(added).getJsonNumber("id").longValue();
    c.co.execute(
        "UPDATE online_cadence_column SET created_on = ? WHERE tenant_id = ? AND id = ?",
        d(1, 2),
        c.co.tenant,
        column);

    // January 2025 ends in the Spring Festival holiday (28 January to 4 February): the review is
    // due on Monday 27 January, not on Friday 31 January.
    JsonObject monday = c.compliance("2025-W05", d(1, 27), "en");
    JsonObject january = row(monday, "COLUMN_REVIEW", "Products");
    assertEquals("IN_PROGRESS 0/1 due 2025-01-27", verdict(january));
    assertEquals(
        "Review the column \"Products\" by 2025-01-27 (Monday)", january.getString("next"));
    assertEquals(
        "MISSED 0/1 due 2025-01-27",
        verdict(row(c.compliance("2025-W05", d(1, 28), "en"), "COLUMN_REVIEW", "Products")));
    // The week holding 31 January has no other column row: the month is due once.
    assertEquals(
        1,
        monday.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
            .filter(r -> r.getString("rule").equals("COLUMN_REVIEW"))
            .count());

    // The warning goes out on the 27th; on the 31st, a holiday, nothing more is due.
    JsonArray warned =
        Http.jsonArray(
            Http.post(c.co.api("cadence/warnings/run?on=2025-01-27"), "", c.co.as("manager1")));
    assertEquals(
        List.of("column:" + column + "@2025-01"),
        warned.getValuesAs(JsonObject.class).stream()
            .filter(w -> w.getString("ruleKey").startsWith("column:"))
            .map(w -> w.getString("ruleKey") + "@" + w.getString("periodKey"))
            .toList());
    assertEquals(
        0,
        Http.jsonArray(
                Http.post(c.co.api("cadence/warnings/run?on=2025-01-31"), "", c.co.as("manager1")))
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(w -> w.getString("ruleKey").startsWith("column:"))
            .count());

    // February 2026 ends on Saturday the 28th, a make-up working day: due then, not Friday 27th.
    assertEquals(
        "IN_PROGRESS 0/1 due 2026-02-28",
        verdict(
            row(
                c.compliance("2026-W09", LocalDate.of(2026, 2, 27), "en"),
                "COLUMN_REVIEW",
                "Products")));
    HttpResponse<String> onSaturday =
        Http.post(
            c.co.api("cadence/columns/" + column + "/review"),
            "{\"on\": \"2026-02-28\"}",
            c.co.as("manager1"));
    assertEquals(200, onSaturday.statusCode(), onSaturday.body());
    assertEquals(
        "MET 1/1 due 2026-02-28",
        verdict(
            row(
                c.compliance("2026-W09", LocalDate.of(2026, 3, 2), "en"),
                "COLUMN_REVIEW",
                "Products")));

    // The tenant's own rest day on Friday 31 October 2025 moves October's review to Thursday.
    assertEquals(
        "IN_PROGRESS 0/1 due 2025-10-31",
        verdict(row(c.compliance("2025-W44", d(10, 27), "en"), "COLUMN_REVIEW", "Products")));
    HttpResponse<String> restDay =
        Http.put(
            c.co.root.resolve("api/v1/core/calendar/days/2025-10-31"),
            "{\"kind\":\"REST\",\"note\":\"Company outing\"}",
            c.co.asAdmin());
    assertEquals(200, restDay.statusCode(), restDay.body());
    assertEquals(
        "IN_PROGRESS 0/1 due 2025-10-30",
        verdict(row(c.compliance("2025-W44", d(10, 27), "en"), "COLUMN_REVIEW", "Products")));
    assertEquals(
        "MISSED 0/1 due 2025-10-30",
        verdict(row(c.compliance("2025-W44", d(10, 31), "en"), "COLUMN_REVIEW", "Products")));
  }

  @Test
  void warningsGoToTheOwnersOncePerRuleAndPeriod() throws Exception {
    try (Mailbox mailbox = Mailbox.start()) {
      OnlineCadenceData c = company("cad-warn");
      String manager = c.co.org.person("manager1").email();

      HttpResponse<String> first =
          Http.post(c.co.api("cadence/warnings/run?on=2025-09-30"), "", c.co.as("manager1"));
      assertEquals(200, first.statusCode(), first.body());
      Map<String, String> sent = new HashMap<>();
      for (JsonObject w : Http.jsonArray(first).getValuesAs(JsonObject.class)) {
        sent.put(
            w.getString("ruleKey") + "@" + w.getString("periodKey"),
            String.valueOf(w.getJsonNumber("userId").longValue()));
      }
      assertEquals(
          Map.of(
              "weekly:" + c.site + "@2025-09-29", String.valueOf(c.co.userId("manager1")),
              "daily:" + c.wechat + "@2025-09-30", String.valueOf(c.co.userId("clerk")),
              "promotion:" + c.sale + "@once", String.valueOf(c.co.userId("manager1"))),
          sent);

      HttpResponse<String> again =
          Http.post(c.co.api("cadence/warnings/run?on=2025-09-30"), "", c.co.as("manager1"));
      assertEquals("[]", again.body());

      MimeMessage mail = mailbox.first(manager);
      String body = Mailbox.body(mail);
      assertTrue(body.contains("2025-09-30"), body);
      Thread.sleep(3000);
      assertEquals(2, mailbox.to(manager).size(), "two warnings, each mailed once");
      assertEquals(1, mailbox.to(c.co.org.person("clerk").email()).size());

      // The Friday after the holiday: the gala's news is due on the next working day, Saturday.
      JsonArray friday =
          Http.jsonArray(
              Http.post(c.co.api("cadence/warnings/run?on=2025-10-10"), "", c.co.as("manager1")));
      assertEquals(1, friday.size(), friday.toString());
      assertEquals("event:" + c.gala, friday.getJsonObject(0).getString("ruleKey"));
      assertEquals(4, countWarnings(c), "three on Tuesday, one on Friday");

      // Only who sets cadence rules runs the warnings.
      assertEquals(
          403,
          Http.post(c.co.api("cadence/warnings/run?on=2025-10-10"), "", c.co.as("clerk"))
              .statusCode());
    }
  }

  private static long countWarnings(OnlineCadenceData c) throws Exception {
    try (var conn = TestDatabase.asAdmin();
        var st =
            conn.prepareStatement(
                "SELECT count(*) FROM online_cadence_warning WHERE tenant_id = ?")) {
      st.setString(1, c.co.tenant);
      try (var rs = st.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  @Test
  void complianceIsAKpiMeasurePerPlatformOwner() throws Exception {
    OnlineCadenceData c = company("cad-kpi");
    HttpResponse<String> response =
        Http.get(
            c.co.root.resolve("api/v1/core/kpi/values/online.cadence-compliance?period=2025-09"),
            c.co.asAdmin());
    assertEquals(200, response.statusCode(), response.body());
    Map<String, BigDecimal> values = new HashMap<>();
    for (JsonObject v : Http.jsonArray(response).getValuesAs(JsonObject.class)) {
      String subject =
          v.containsKey("staffId") && !v.isNull("staffId")
              ? "staff:" + v.getJsonNumber("staffId").longValue()
              : "tenant";
      assertNull(values.put(subject, v.getJsonNumber("value").bigDecimalValue()));
    }
    // manager1: website weeks 1 of 5, the fair's news and the late sale 1 of 2, the column 1 of 1.
    assertShare("0.375", values.get("staff:" + c.co.org.person("manager1").staffId()));
    // clerk: WeChat every day, four weeks due in September, none complete.
    assertShare("0", values.get("staff:" + c.co.org.person("clerk").staffId()));
    // clerk2: Weibo on working days, only the week of 29 September (due Tuesday 30th) met.
    assertShare("0.2", values.get("staff:" + c.co.org.person("clerk2").staffId()));
    assertShare("0.2353", values.get("tenant"));
    assertEquals(4, values.size(), values.toString());
  }

  private static void assertShare(String expected, BigDecimal actual) {
    assertTrue(
        actual != null && new BigDecimal(expected).compareTo(actual) == 0,
        "expected " + expected + " but was " + actual);
  }

  @Test
  void occasionsAreValidatedLockedAndKeptWhileContentRefersToThem() throws Exception {
    OnlineCadenceData c = new OnlineCadenceData(new OnlineCompany(base.toURI(), "cad-occ"));
    String body =
        "{\"kind\":\"EVENT\",\"title\":\"Launch\",\"startsOn\":\"2025-10-10\",\"endsOn\":\"2025-10-09\"}";
    HttpResponse<String> invalid =
        Http.post(c.co.api("occasions"), body, c.co.as("clerk", "Accept-Language", "zh-CN"));
    assertEquals(400, invalid.statusCode(), invalid.body());
    JsonObject problem = Http.json(invalid);
    assertEquals("endsOn", problem.getJsonArray("errors").getJsonObject(0).getString("field"));
    assertEquals("结束日期早于开始日期。", problem.getString("detail"));
    HttpResponse<String> english =
        Http.post(c.co.api("occasions"), body, c.co.as("clerk", "Accept-Language", "en"));
    assertEquals("The last day comes before the first.", Http.json(english).getString("detail"));
    // Changing occasions needs the content-editing right.
    assertEquals(
        403,
        Http.post(c.co.api("occasions"), body.replace("09\"}", "11\"}"), c.co.as("manager1"))
            .statusCode());

    long id = c.occasion("EVENT", "Launch", d(10, 10), d(10, 11));
    JsonObject read = Http.json(Http.get(c.co.api("occasions/" + id), c.co.as("manager1")));
    int version = read.getInt("version");
    assertTrue(read.getBoolean("major"));

    String change =
        "{\"title\":\"Product launch\",\"startsOn\":\"2025-10-10\",\"endsOn\":\"2025-10-12\",\"version\":"
            + version
            + "}";
    HttpResponse<String> changed = Http.put(c.co.api("occasions/" + id), change, c.co.as("clerk"));
    assertEquals(200, changed.statusCode(), changed.body());
    assertEquals(version + 1, Http.json(changed).getInt("version"));
    HttpResponse<String> stale =
        Http.put(c.co.api("occasions/" + id), change, c.co.as("clerk", "Accept-Language", "en"));
    assertEquals(409, stale.statusCode(), stale.body());
    assertEquals(
        "Someone changed this in the meantime. Reload and try again.",
        Http.json(stale).getString("detail"));
    HttpResponse<String> ifMatch =
        Http.put(
            c.co.api("occasions/" + id),
            change.replace(",\"version\":" + version, ""),
            c.co.as("clerk", "If-Match", "\"" + (version + 1) + "\""));
    assertEquals(200, ifMatch.statusCode(), ifMatch.body());

    JsonObject list =
        Http.json(
            Http.get(
                c.co.api("occasions?from=2025-10-01&to=2025-10-31&kind=EVENT"), c.co.as("clerk2")));
    assertEquals(1, list.getInt("total"));
    assertEquals("Product launch", list.getJsonArray("items").getJsonObject(0).getString("title"));

    long piece = c.publish("Launch news", "NEWS", d(10, 12), c.site);
    c.link(piece, id);
    assertEquals(409, Http.delete(c.co.api("occasions/" + id), c.co.as("clerk")).statusCode());
    c.co.execute(
        "UPDATE online_content SET occasion_id = NULL WHERE tenant_id = ? AND id = ?",
        c.co.tenant,
        piece);
    assertEquals(204, Http.delete(c.co.api("occasions/" + id), c.co.as("clerk")).statusCode());
    assertEquals(404, Http.get(c.co.api("occasions/" + id), c.co.as("clerk")).statusCode());
  }

  @Test
  void anotherTenantReachesNoneOfItByGuessingIds() throws Exception {
    OnlineCadenceData a = company("cad-iso-a");
    OnlineCadenceData b = new OnlineCadenceData(new OnlineCompany(base.toURI(), "cad-iso-b"));

    int fairVersion =
        Http.json(Http.get(a.co.api("occasions/" + a.fair), a.co.as("clerk"))).getInt("version");
    String change =
        "{\"title\":\"Taken\",\"startsOn\":\"2025-09-26\",\"endsOn\":\"2025-09-27\",\"version\":"
            + fairVersion
            + "}";
    assertEquals(404, Http.get(b.co.api("occasions/" + a.fair), b.co.as("clerk")).statusCode());
    assertEquals(
        404, Http.put(b.co.api("occasions/" + a.fair), change, b.co.as("clerk")).statusCode());
    assertEquals(404, Http.delete(b.co.api("occasions/" + a.fair), b.co.as("clerk")).statusCode());
    assertEquals(
        404,
        Http.put(b.co.api("cadence/rules/" + a.site), "{\"weeklyMin\": 9}", b.co.as("manager1"))
            .statusCode());
    assertEquals(
        404,
        Http.post(b.co.api("cadence/columns/" + a.column + "/review"), "{}", b.co.as("manager1"))
            .statusCode());
    assertEquals(
        404,
        Http.post(
                b.co.api("cadence/columns"),
                "{\"platformId\": " + a.site + ", \"name\": \"Stolen\"}",
                b.co.as("manager1"))
            .statusCode());
    assertEquals(
        404,
        Http.get(
                b.co.api("calendar?from=2025-09-29&to=2025-10-05&platform=" + a.site),
                b.co.as("clerk"))
            .statusCode());

    JsonObject theirs = b.compliance("2025-W40", d(10, 6), "en");
    assertFalse(theirs.toString().contains("Autumn fair"), theirs.toString());
    assertEquals(3, theirs.getJsonArray("rows").size(), "B's own three platforms only");
    JsonObject calendar =
        Http.json(Http.get(b.co.api("calendar?from=2025-09-29&to=2025-10-05"), b.co.as("clerk")));
    assertEquals(0, calendar.getJsonArray("items").size());
    assertEquals(0, calendar.getJsonArray("occasions").size());
    assertEquals(0, Http.json(Http.get(b.co.api("occasions"), b.co.as("clerk"))).getInt("total"));

    // A's records are as they were.
    JsonObject fair = Http.json(Http.get(a.co.api("occasions/" + a.fair), a.co.as("clerk")));
    assertEquals("Autumn fair", fair.getString("title"));
    assertEquals(fairVersion, fair.getInt("version"));
    JsonObject rule =
        Http.jsonArray(Http.get(a.co.api("cadence/rules"), a.co.as("clerk")))
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(r -> r.getJsonNumber("platformId").longValue() == a.site)
            .findFirst()
            .orElseThrow();
    assertEquals(3, rule.getInt("weeklyMin"));
    assertEquals(
        "2025-09-15",
        Http.jsonArray(Http.get(a.co.api("cadence/columns"), a.co.as("clerk")))
            .getJsonObject(0)
            .getString("lastReviewedOn"));

    // A's calendar shows A's week: the pieces by day and the occasions.
    JsonObject own =
        Http.json(
            Http.get(
                a.co.api("calendar?from=2025-09-29&to=2025-10-05&platform=" + a.site),
                a.co.as("clerk")));
    assertEquals(
        List.of("2025-09-29 Site 4", "2025-09-30 Fair news"),
        own.getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .map(i -> i.getString("day") + " " + i.getString("title"))
            .toList());
    assertEquals(
        "HOLIDAY",
        own.getJsonArray("days").getValuesAs(JsonObject.class).stream()
            .filter(x -> x.getString("day").equals("2025-10-01"))
            .findFirst()
            .orElseThrow()
            .getString("type"));
    assertEquals(
        400,
        Http.get(a.co.api("calendar?from=2025-09-01&to=2025-12-01"), a.co.as("clerk"))
            .statusCode());
  }
}
