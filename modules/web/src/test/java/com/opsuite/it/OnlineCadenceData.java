package com.opsuite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * A company around China's 2025 National Day (1 to 8 October off, Sunday 28 September and Saturday
 * 11 October make-up working days) for the cadence tests: a website owned by manager1, a WeChat
 * account (every calendar day) owned by clerk, a Weibo account on working days only owned by
 * clerk2, events and promotions, a fixed column, and publications written directly as history.
 */
final class OnlineCadenceData {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  final OnlineCompany co;
  final long site;
  final long wechat;
  final long weibo;
  long fair;
  long gala;
  long sale;
  long column;

  OnlineCadenceData(OnlineCompany co) {
    this.co = co;
    co.grant("head", "operations-director");
    co.grant("manager1", "operations-manager");
    co.grant("clerk", "content-editor");
    co.grant("clerk2", "promoter");
    site = co.platform("WEBSITE", "Website", "manager1");
    wechat = co.platform("WECHAT", "WeChat", "clerk");
    weibo = co.platform("WEIBO", "Weibo", "clerk2");
  }

  static LocalDate d(int month, int day) {
    return LocalDate.of(2025, month, day);
  }

  /** A moment of the day in Shanghai, mid-morning. */
  static Instant at(LocalDate day) {
    return day.atTime(LocalTime.of(10, 30)).atZone(SHANGHAI).toInstant();
  }

  long publish(String title, String kind, LocalDate day, long... platforms) {
    return co.published(title, kind, "clerk", at(day), platforms);
  }

  void link(long content, long occasion) {
    co.execute(
        "UPDATE online_content SET occasion_id = ? WHERE tenant_id = ? AND id = ?",
        occasion,
        co.tenant,
        content);
  }

  /** The full National Day scenario: rules, occasions, a column and the publications. */
  OnlineCadenceData nationalDay() {
    HttpResponse<String> rule =
        Http.put(
            co.api("cadence/rules/" + weibo), "{\"workingDaysOnly\": true}", co.as("manager1"));
    assertEquals(200, rule.statusCode(), rule.body());

    fair = occasion("EVENT", "Autumn fair", d(9, 26), d(9, 27));
    gala = occasion("EVENT", "Gala", d(9, 29), d(9, 30));
    sale = occasion("PROMOTION", "Double sale", d(10, 9), d(10, 12));

    HttpResponse<String> added =
        Http.post(
            co.api("cadence/columns"),
            Json.createObjectBuilder()
                .add("platformId", site)
                .add("name", "About us")
                .build()
                .toString(),
            co.as("manager1"));
    assertEquals(201, added.statusCode(), added.body());
    column = Http.json(added).getJsonNumber("id").longValue();
    co.execute(
        "UPDATE online_cadence_column SET created_on = ? WHERE tenant_id = ? AND id = ?",
        d(9, 1),
        co.tenant,
        column);
    HttpResponse<String> reviewed =
        Http.post(
            co.api("cadence/columns/" + column + "/review"),
            "{\"on\": \"2025-09-15\"}",
            co.as("manager1"));
    assertEquals(200, reviewed.statusCode(), reviewed.body());

    // The website: three in the week of 22 September, two before the holiday, three after it.
    publish("Site 1", "ARTICLE", d(9, 22), site);
    publish("Site 2", "ARTICLE", d(9, 24), site);
    publish("Site 3", "ARTICLE", d(9, 26), site);
    publish("Site 4", "ARTICLE", d(9, 29), site);
    link(publish("Fair news", "NEWS", d(9, 30), site, weibo), fair);
    publish("Site 5", "INDUSTRY", d(10, 9), site);
    publish("Site 6", "ARTICLE", d(10, 10), site);
    publish("Site 7", "ARTICLE", d(10, 11), site);
    // WeChat once, on Monday 29 September; the Weibo account on both working days of that week.
    publish("WeChat 1", "ARTICLE", d(9, 29), wechat, weibo);
    // The sale's notice came out on 5 October, after its due date (30 September).
    link(publish("Sale notice", "PROMOTION", d(10, 5), wechat), sale);
    return this;
  }

  long occasion(String kind, String title, LocalDate startsOn, LocalDate endsOn) {
    HttpResponse<String> created =
        Http.post(
            co.api("occasions"),
            Json.createObjectBuilder()
                .add("kind", kind)
                .add("title", title)
                .add("startsOn", startsOn.toString())
                .add("endsOn", endsOn.toString())
                .build()
                .toString(),
            co.as("clerk"));
    assertEquals(201, created.statusCode(), created.body());
    return Http.json(created).getJsonNumber("id").longValue();
  }

  JsonObject compliance(String week, LocalDate asOf, String language) {
    HttpResponse<String> r =
        Http.get(
            co.api("cadence/compliance?week=" + week + "&asOf=" + asOf),
            co.as("manager1", "Accept-Language", language));
    assertEquals(200, r.statusCode(), r.body());
    return Http.json(r);
  }
}
