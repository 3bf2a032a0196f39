package com.opsuite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.net.http.HttpResponse;
import java.time.LocalDate;

/**
 * One record of each kind online-ops' operations act on, in the fuzz tenant, so the sweep reaches
 * real tickets, content, campaigns, platforms, occasions, improvement actions and design requests
 * instead of id 0 (which only exercises "not found"). Made through the module's own fixtures; the
 * clerk holds the roles that file them.
 */
final class FuzzOnlineRecords {

  private FuzzOnlineRecords() {}

  static void create(ApprovalOrg org) {
    OnlineCompany co = new OnlineCompany(org);
    OnlineCampaignsData campaigns = new OnlineCampaignsData(co);
    co.grant("clerk", "campaign-planner", "content-editor", "customer-service-agent");
    LocalDate today = LocalDate.now();
    long platform = co.platform("WECHAT", "Fuzz WeChat", "clerk");
    co.occasion("EVENT", "Fuzz launch", today.plusDays(10), today.plusDays(11));
    new OnlineMeetingsData(co)
        .action(today.toString().substring(0, 7), "Fuzz", "clerk", null, "OPEN");
    campaigns.draft("Fuzz campaign", "100.00", "300.00");
    created(co, "content", OnlineContentData.draft("Fuzz piece", "NEWS", false, platform).build());
    created(co, "tickets", OnlineTicketsData.ticket("INQUIRY", "Fuzz question", null).build());
    created(
        co,
        "design-requests",
        Json.createObjectBuilder()
            .add("title", "Fuzz poster")
            .add("purpose", "Posters for the open day")
            .add("specs", "A2, 20 copies")
            .add("deadline", today.plusDays(20).toString())
            .build());
  }

  private static void created(OnlineCompany co, String collection, jakarta.json.JsonObject body) {
    HttpResponse<String> r = Http.post(co.api(collection), body.toString(), co.as("clerk"));
    assertEquals(201, r.statusCode(), collection + ": " + r.body());
  }
}
