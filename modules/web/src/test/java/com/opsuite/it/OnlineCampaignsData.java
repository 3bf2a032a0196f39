package com.opsuite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;

/**
 * Campaigns for online-ops tests, made through the real API: the {@link OnlineCompany} with the
 * clerk as campaign planner, the managers and head as operations managers (they read campaigns),
 * clerk2 as a promoter (reads, enters figures, ticks off the tasks given to them).
 */
final class OnlineCampaignsData {

  final OnlineCompany co;

  OnlineCampaignsData(OnlineCompany co) {
    this.co = co;
    co.grant("clerk", "campaign-planner");
    co.grant("clerk2", "promoter");
    co.grant("manager1", "operations-manager");
    co.grant("manager2", "operations-manager");
    co.grant("head", "operations-director");
  }

  static JsonObjectBuilder plan(String theme, String cost, String revenue) {
    LocalDate start = LocalDate.now().plusDays(10);
    return Json.createObjectBuilder()
        .add("theme", theme)
        .add("goal", "Bring 400 parents to the open day")
        .add("goalMetric", "participants")
        .add("goalTarget", 400)
        .add("startsOn", start.toString())
        .add("endsOn", start.plusDays(6).toString())
        .add("mode", "BOTH")
        .add("rules", "<p>Share the poster, <b>win</b> a book</p><script>alert(1)</script>")
        .add("prizes", "30 picture books")
        .add("resources", "Designer 2 days, mini-program page")
        .add("costEstimate", new BigDecimal(cost))
        .add("expectedRevenue", new BigDecimal(revenue));
  }

  /** A draft planned by the clerk: the answer's campaign object. */
  JsonObject draft(String theme, String cost, String revenue) {
    HttpResponse<String> r =
        Http.post(
            co.api("campaigns"), plan(theme, cost, revenue).build().toString(), co.as("clerk"));
    assertEquals(201, r.statusCode(), r.body());
    return Http.json(r).getJsonObject("campaign");
  }

  JsonObject submit(long id) {
    HttpResponse<String> r =
        Http.post(co.api("campaigns/" + id + "/submission"), "{}", co.as("clerk"));
    assertEquals(200, r.statusCode(), r.body());
    return Http.json(r).getJsonObject("campaign");
  }

  JsonObject detail(String who, long id) {
    HttpResponse<String> r = Http.get(co.api("campaigns/" + id), co.as(who));
    assertEquals(200, r.statusCode(), r.body());
    return Http.json(r);
  }

  JsonObject campaign(long id) {
    return detail("clerk", id).getJsonObject("campaign");
  }

  String status(long id) {
    return campaign(id).getString("status");
  }

  HttpResponse<String> move(long id, String action) {
    return Http.post(
        co.api("campaigns/" + id + "/" + action), "{}", co.as("clerk", "Accept-Language", "en"));
  }

  /** Planned, approved by manager1, started: the campaign's id. */
  long running(String theme, String cost, String revenue) {
    long id = id(draft(theme, cost, revenue));
    long approval = submit(id).getJsonNumber("approvalId").longValue();
    co.org.acted("manager1", approval, "approve", null);
    HttpResponse<String> started = move(id, "start");
    assertEquals(200, started.statusCode(), started.body());
    return id;
  }

  HttpResponse<String> figures(long id, String who, JsonObjectBuilder body) {
    return figures(id, who, body.build().toString());
  }

  HttpResponse<String> figures(long id, String who, String body) {
    return Http.post(
        co.api("campaigns/" + id + "/figures"), body, co.as(who, "Accept-Language", "en"));
  }

  HttpResponse<String> task(long id, String title, String owner, LocalDate due) {
    return Http.post(
        co.api("campaigns/" + id + "/tasks"),
        Json.createObjectBuilder()
            .add("title", title)
            .add("ownerId", co.userId(owner))
            .add("dueOn", due.toString())
            .build()
            .toString(),
        co.as("clerk", "Accept-Language", "en"));
  }

  static long id(JsonObject campaign) {
    return campaign.getJsonNumber("id").longValue();
  }
}
