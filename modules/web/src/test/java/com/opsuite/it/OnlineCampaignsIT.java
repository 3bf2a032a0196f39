package com.opsuite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Campaigns through their whole life: the plan reviewed by the planner's manager alone when it is
 * cheap and by the department head too above 10,000 yuan; a returned plan revised as a new version
 * and sent again; preparation tasks with overdue ones shown; live figures posted idempotently; the
 * evaluation with exact ROI; illegal moves refused with 409; validation in Chinese and English; and
 * another tenant's campaigns out of reach.
 */
@ExtendWith(ArquillianExtension.class)
class OnlineCampaignsIT {

  @ArquillianResource URL base;

  private OnlineCampaignsData company(String prefix) throws Exception {
    return new OnlineCampaignsData(new OnlineCompany(base.toURI(), prefix));
  }

  @Test
  void aCheapPlanIsApprovedByTheManagerThenPreparedRunAndEvaluatedWithExactRoi() throws Exception {
    OnlineCampaignsData d = company("ocamp-life");
    JsonObject draft = d.draft("Open day 2026", "8000", "20000");
    long id = OnlineCampaignsData.id(draft);
    assertEquals("DRAFT", draft.getString("status"));
    assertEquals("1.50", draft.getJsonNumber("expectedRoi").bigDecimalValue().toPlainString());
    assertEquals(
        "<p>Share the poster, <b>win</b> a book</p>", draft.getString("rules"), "rules cleaned");

    JsonObject submitted = d.submit(id);
    assertEquals("IN_REVIEW", submitted.getString("status"));
    long approval = submitted.getJsonNumber("approvalId").longValue();
    JsonObject chain = d.co.org.get("clerk", approval);
    assertEquals("ACTIVE,SKIPPED", ApprovalOrg.steps(chain), "8,000 yuan: no head review");
    assertEquals("manager1,manager2", ApprovalOrg.approvers(chain, 1));
    HttpResponse<String> early = d.move(id, "start");
    assertEquals(409, early.statusCode(), "not approved yet");
    assertTrue(early.body().contains("while the campaign is In review"), early.body());
    HttpResponse<String> locked =
        Http.put(
            d.co.api("campaigns/" + id),
            OnlineCampaignsData.plan("Changed", "1", "1").build().toString(),
            d.co.as("clerk"));
    assertEquals(409, locked.statusCode(), "the plan is under review");

    d.co.org.acted("manager1", approval, "approve", null);
    assertEquals("PREPARING", d.status(id));
    assertEquals(409, d.move(id, "finish").statusCode(), "not running");

    // The timetable: one task overdue, one ahead; clerk2 ticks off their own task only.
    LocalDate today = LocalDate.now();
    HttpResponse<String> late = d.task(id, "Print posters", "clerk2", today.minusDays(3));
    assertEquals(201, late.statusCode(), late.body());
    HttpResponse<String> ahead = d.task(id, "Book the hall", "clerk", today.plusDays(3));
    assertEquals(201, ahead.statusCode(), ahead.body());
    assertEquals(400, d.task(id, " ", "clerk", today).statusCode());
    JsonObject prepared = d.detail("clerk", id);
    assertEquals(1, prepared.getInt("overdueTasks"));
    long lateId = Http.json(late).getJsonNumber("id").longValue();
    long aheadId = Http.json(ahead).getJsonNumber("id").longValue();
    assertEquals(
        403,
        Http.put(
                d.co.api("campaigns/" + id + "/tasks/" + aheadId),
                "{\"done\":true}",
                d.co.as("clerk2"))
            .statusCode(),
        "not clerk2's task");
    HttpResponse<String> stale =
        Http.put(
            d.co.api("campaigns/" + id + "/tasks/" + lateId),
            "{\"done\":true}",
            d.co.as("clerk2", "If-Match", "\"7\""));
    assertEquals(409, stale.statusCode(), stale.body());
    HttpResponse<String> done =
        Http.put(
            d.co.api("campaigns/" + id + "/tasks/" + lateId),
            "{\"done\":true,\"version\":" + Http.json(late).getJsonNumber("version") + "}",
            d.co.as("clerk2"));
    assertEquals(200, done.statusCode(), done.body());
    assertTrue(Http.json(done).getBoolean("done"));
    assertEquals(0, d.detail("clerk", id).getInt("overdueTasks"));
    assertEquals(
        409,
        d.figures(
                id,
                "clerk2",
                Json.createObjectBuilder()
                    .add("values", Json.createObjectBuilder().add("participants", 1)))
            .statusCode(),
        "no figures before it runs");

    assertEquals(200, d.move(id, "start").statusCode());
    assertEquals("RUNNING", d.status(id));
    assertEquals(409, d.move(id, "start").statusCode(), "already running");

    // Live figures through REST: the same key twice is stored once; a reused key is refused.
    String first =
        Json.createObjectBuilder()
            .add("key", "pos-1")
            .add("at", "2026-12-01T02:00:00Z")
            .add(
                "values",
                Json.createObjectBuilder().add("participants", 120).add("interactions", 300))
            .build()
            .toString();
    HttpResponse<String> posted = d.figures(id, "clerk2", first);
    assertEquals(201, posted.statusCode(), posted.body());
    assertEquals(2, Http.jsonArray(posted).size());
    assertEquals(200, d.figures(id, "clerk2", first).statusCode(), "replayed");
    HttpResponse<String> reused =
        d.figures(
            id,
            "clerk2",
            Json.createObjectBuilder()
                .add("key", "pos-1")
                .add("values", Json.createObjectBuilder().add("participants", 121)));
    assertEquals(409, reused.statusCode(), reused.body());
    String second =
        Json.createObjectBuilder()
            .add("at", "2026-12-02T02:00:00Z")
            .add("values", Json.createObjectBuilder().add("participants", 450).add("shares", 12.5))
            .build()
            .toString();
    assertEquals(201, d.figures(id, "clerk2", second).statusCode());
    assertEquals(200, d.figures(id, "clerk2", second).statusCode(), "idempotent by time");
    HttpResponse<String> badMetric =
        d.figures(
            id,
            "clerk2",
            Json.createObjectBuilder()
                .add("values", Json.createObjectBuilder().add("Bad Name", 1)));
    assertEquals(400, badMetric.statusCode(), badMetric.body());
    assertEquals(403, d.figures(id, "reviewer1", second).statusCode(), "no right to enter data");
    HttpResponse<String> all = Http.get(d.co.api("campaigns/" + id + "/figures"), d.co.as("clerk"));
    assertEquals(4, Http.jsonArray(all).size(), all.body());

    assertEquals(409, evaluate(d, id, "8000", "21000.50", null).statusCode(), "still running");
    assertEquals(200, d.move(id, "finish").statusCode());
    assertEquals(
        List.of("lessons"),
        fields(evaluate(d, id, "8000", "21000.50", " ")),
        "lessons are required");
    HttpResponse<String> evaluated = evaluate(d, id, "8000.00", "21000.50", "Post earlier");
    assertEquals(200, evaluated.statusCode(), evaluated.body());
    JsonObject result = Http.json(evaluated).getJsonObject("campaign");
    assertEquals("EVALUATED", result.getString("status"));
    // (21000.50 - 8000.00) / 8000.00 = 1.6250625, rounded half-up to 1.63.
    assertEquals("1.63", result.getJsonNumber("roi").bigDecimalValue().toPlainString());
    assertEquals(
        "450.00", result.getJsonNumber("goalActual").bigDecimalValue().setScale(2).toPlainString());
    assertTrue(result.getBoolean("goalMet"), "450 participants against a target of 400");
    assertEquals(409, evaluate(d, id, "1", "1", "again").statusCode(), "evaluated once");
    assertEquals(409, d.task(id, "Too late", "clerk", today).statusCode());

    // The list and its exports, plan against outcome.
    HttpResponse<String> list =
        Http.get(d.co.api("campaigns?status=EVALUATED&q=open%20day"), d.co.as("manager2"));
    assertEquals(200, list.statusCode(), list.body());
    assertEquals(1, Http.json(list).getInt("total"));
    HttpResponse<String> csv =
        Http.get(
            d.co.api("campaigns/export?format=csv"), d.co.as("clerk", "Accept-Language", "en"));
    assertEquals(200, csv.statusCode(), csv.body());
    assertTrue(csv.body().contains("Open day 2026"), csv.body());
    assertTrue(
        csv.body().contains("8000.00,21000.50") || csv.body().contains("21000.50"), csv.body());
    assertTrue(csv.body().contains("1.63"), csv.body());
    assertTrue(csv.body().contains("Expected ROI"), csv.body());
    HttpResponse<String> xlsx = Http.get(d.co.api("campaigns/export"), d.co.as("clerk"));
    assertEquals(200, xlsx.statusCode());
    assertTrue(xlsx.body().startsWith("PK"), "a workbook");
  }

  @Test
  void anExpensivePlanGoesToTheHeadAndAReturnedPlanIsRevisedAsANewVersion() throws Exception {
    OnlineCampaignsData d = company("ocamp-head");
    long id = OnlineCampaignsData.id(d.draft("Summer fair", "15000", "40000"));
    long first = d.submit(id).getJsonNumber("approvalId").longValue();
    assertEquals("ACTIVE,WAITING", ApprovalOrg.steps(d.co.org.get("clerk", first)));

    d.co.org.acted("manager1", first, "return", "Cut the stage costs");
    JsonObject returned = d.campaign(id);
    assertEquals("REVISING", returned.getString("status"));
    assertEquals(2, returned.getInt("planVersion"));
    long version = returned.getJsonNumber("version").longValue();

    HttpResponse<String> stale =
        Http.put(
            d.co.api("campaigns/" + id),
            OnlineCampaignsData.plan("Summer fair", "12000", "40000").build().toString(),
            d.co.as("clerk", "If-Match", "\"" + (version - 1) + "\"", "Accept-Language", "en"));
    assertEquals(409, stale.statusCode(), stale.body());
    assertTrue(stale.body().contains("changed this campaign"), stale.body());
    HttpResponse<String> revised =
        Http.put(
            d.co.api("campaigns/" + id),
            OnlineCampaignsData.plan("Summer fair", "12000", "40000").build().toString(),
            d.co.as("clerk", "If-Match", "\"" + version + "\""));
    assertEquals(200, revised.statusCode(), revised.body());
    assertEquals(
        "\"" + Http.json(revised).getJsonObject("campaign").getJsonNumber("version") + "\"",
        revised.headers().firstValue("ETag").orElse(""));

    JsonObject again = d.submit(id);
    long second = again.getJsonNumber("approvalId").longValue();
    assertNotEquals(first, second);
    assertEquals("IN_REVIEW", again.getString("status"));
    assertEquals("WITHDRAWN", ApprovalOrg.status(d.co.org.get("clerk", first)));
    JsonObject chain = d.co.org.get("clerk", second);
    assertEquals("ACTIVE,WAITING", ApprovalOrg.steps(chain), "12,000 yuan: still above the line");

    d.co.org.acted("manager2", second, "approve", null);
    assertEquals("IN_REVIEW", d.status(id), "the head has not decided");
    JsonObject atHead = d.co.org.get("clerk", second);
    assertEquals("APPROVED,ACTIVE", ApprovalOrg.steps(atHead));
    assertEquals("head", ApprovalOrg.approvers(atHead, 2));
    d.co.org.acted("head", second, "approve", null);
    assertEquals("PREPARING", d.status(id));

    // Both versions sent are kept, each with the approval that reviewed it.
    List<JsonObject> plans =
        d.detail("manager1", id).getJsonArray("plans").getValuesAs(JsonObject.class);
    assertEquals(2, plans.size());
    assertEquals(1, plans.get(0).getInt("planVersion"));
    assertEquals(first, plans.get(0).getJsonNumber("approvalId").longValue());
    assertTrue(
        plans.get(0).getString("plan").contains("\"costEstimate\":15000"), plans.get(0).toString());
    assertEquals(2, plans.get(1).getInt("planVersion"));
    assertTrue(
        plans.get(1).getString("plan").contains("\"costEstimate\":12000"), plans.get(1).toString());

    // A rejected plan stops there.
    long other = OnlineCampaignsData.id(d.draft("Winter quiz", "500", "100"));
    long otherApproval = d.submit(other).getJsonNumber("approvalId").longValue();
    d.co.org.acted("manager1", otherApproval, "reject", "Not worth it");
    assertEquals("REJECTED", d.status(other));
    HttpResponse<String> resubmit =
        Http.post(d.co.api("campaigns/" + other + "/submission"), "{}", d.co.as("clerk"));
    assertEquals(409, resubmit.statusCode(), resubmit.body());
  }

  @Test
  void aFreeCampaignHasNoRoiAndAMissedGoalIsSaidSo() throws Exception {
    OnlineCampaignsData d = company("ocamp-free");
    long id = d.running("Free webinar", "0", "0");
    assertTrue(absent(d.campaign(id), "expectedRoi"));
    assertEquals(200, d.move(id, "finish").statusCode());
    HttpResponse<String> noReading = evaluate(d, id, "0", "300", "Too few invitations");
    assertEquals(List.of("goalActual"), fields(noReading), "no reading of participants posted");
    HttpResponse<String> evaluated =
        Http.put(
            d.co.api("campaigns/" + id + "/evaluation"),
            Json.createObjectBuilder()
                .add("actualCost", 0)
                .add("actualRevenue", 300)
                .add("goalActual", 50)
                .add("lessons", "Too few invitations")
                .build()
                .toString(),
            d.co.as("clerk", "Accept-Language", "en"));
    assertEquals(200, evaluated.statusCode(), evaluated.body());
    JsonObject c = Http.json(evaluated).getJsonObject("campaign");
    assertTrue(absent(c, "roi"));
    assertEquals("No ROI: the campaign cost nothing", c.getString("roiNote"));
    assertFalse(c.getBoolean("goalMet"), "50 against 400");
  }

  @Test
  void aPlanIsValidatedInChineseAndEnglish() throws Exception {
    OnlineCampaignsData d = company("ocamp-valid");
    String bad =
        OnlineCampaignsData.plan(" ", "-5", "100")
            .add("endsOn", LocalDate.now().toString())
            .add("startsOn", LocalDate.now().plusDays(3).toString())
            .add("goalMetric", "Participants!")
            .build()
            .toString();
    HttpResponse<String> en =
        Http.post(d.co.api("campaigns"), bad, d.co.as("clerk", "Accept-Language", "en"));
    assertEquals(400, en.statusCode(), en.body());
    assertTrue(en.headers().firstValue("Content-Type").orElse("").contains("problem+json"));
    assertEquals(List.of("costEstimate", "endsOn", "goalMetric", "theme"), fields(en));
    assertTrue(en.body().contains("Enter the cost estimate in yuan"), en.body());
    assertTrue(en.body().contains("cannot end before it starts"), en.body());
    HttpResponse<String> zh =
        Http.post(d.co.api("campaigns"), bad, d.co.as("clerk", "Accept-Language", "zh-CN"));
    assertEquals(400, zh.statusCode());
    assertTrue(zh.body().contains("请填写主题"), zh.body());
    assertTrue(zh.body().contains("结束日期不能早于开始日期"), zh.body());
    HttpResponse<String> mode =
        Http.post(
            d.co.api("campaigns"),
            OnlineCampaignsData.plan("Quiz", "1", "1").add("mode", "SOMEWHERE").build().toString(),
            d.co.as("clerk", "Accept-Language", "zh-CN"));
    assertEquals(400, mode.statusCode());
    assertTrue(mode.body().contains("请选择线上、线下或线上线下"), mode.body());
    assertEquals(
        403,
        Http.post(
                d.co.api("campaigns"),
                OnlineCampaignsData.plan("Quiz", "1", "1").build().toString(),
                d.co.as("clerk2"))
            .statusCode(),
        "a promoter does not plan");
    assertEquals(403, Http.get(d.co.api("campaigns"), d.co.as("reviewer1")).statusCode());
  }

  @Test
  void anotherTenantsCampaignsAreOutOfReach() throws Exception {
    OnlineCampaignsData a = company("ocamp-iso-a");
    OnlineCampaignsData b = company("ocamp-iso-b");
    long id = a.running("Alpha launch", "100", "200");
    long version = a.campaign(id).getJsonNumber("version").longValue();

    String[] intruder = b.co.as("clerk");
    assertEquals(404, Http.get(b.co.api("campaigns/" + id), intruder).statusCode());
    assertEquals(
        404,
        Http.put(
                b.co.api("campaigns/" + id),
                OnlineCampaignsData.plan("Stolen", "1", "1").build().toString(),
                intruder)
            .statusCode());
    assertEquals(
        404, Http.post(b.co.api("campaigns/" + id + "/submission"), "{}", intruder).statusCode());
    assertEquals(
        404, Http.post(b.co.api("campaigns/" + id + "/finish"), "{}", intruder).statusCode());
    assertEquals(
        404,
        b.figures(
                id,
                "clerk",
                Json.createObjectBuilder()
                    .add("values", Json.createObjectBuilder().add("participants", 9)))
            .statusCode());
    assertEquals(404, b.task(id, "Sneak", "clerk", LocalDate.now()).statusCode());
    assertEquals(404, Http.get(b.co.api("campaigns/" + id + "/figures"), intruder).statusCode());
    HttpResponse<String> list = Http.get(b.co.api("campaigns"), intruder);
    assertEquals(0, Http.json(list).getInt("total"), list.body());
    assertFalse(
        Http.get(b.co.api("campaigns/export?format=csv"), intruder).body().contains("Alpha"));

    JsonObject unchanged = a.detail("clerk", id);
    assertEquals("RUNNING", unchanged.getJsonObject("campaign").getString("status"));
    assertEquals(version, unchanged.getJsonObject("campaign").getJsonNumber("version").longValue());
    assertEquals(0, unchanged.getJsonArray("figures").size());
    assertEquals(0, unchanged.getJsonArray("tasks").size());

    // The pages: A's planner sees the campaign; B's is told there is no such campaign.
    HttpResponse<String> listPage = page(a, "campaigns.xhtml");
    assertEquals(200, listPage.statusCode(), listPage.body());
    assertTrue(listPage.body().contains("Alpha launch"));
    HttpResponse<String> own = page(a, "campaign.xhtml?id=" + id);
    assertEquals(200, own.statusCode());
    assertTrue(own.body().contains("Alpha launch"));
    HttpResponse<String> foreign = page(b, "campaign.xhtml?id=" + id);
    assertEquals(404, foreign.statusCode());
    assertFalse(foreign.body().contains("Alpha launch"));
    assertFalse(page(b, "campaigns.xhtml").body().contains("Alpha launch"));
  }

  private static HttpResponse<String> page(OnlineCampaignsData d, String path) {
    return Http.get(
        d.co.root.resolve("t/" + d.co.tenant + "/online-ops/" + path),
        Http.pageSession(
            d.co.root, d.co.tenant, d.co.org.person("clerk").email(), ApprovalOrg.PASSWORD));
  }

  private static HttpResponse<String> evaluate(
      OnlineCampaignsData d, long id, String cost, String revenue, String lessons) {
    var body =
        Json.createObjectBuilder()
            .add("actualCost", new java.math.BigDecimal(cost))
            .add("actualRevenue", new java.math.BigDecimal(revenue));
    if (lessons != null) {
      body.add("lessons", lessons);
    }
    return Http.put(
        d.co.api("campaigns/" + id + "/evaluation"),
        body.build().toString(),
        d.co.as("clerk", "Accept-Language", "en"));
  }

  /** JSON-B leaves out what is null. */
  private static boolean absent(JsonObject o, String key) {
    return !o.containsKey(key) || o.isNull(key);
  }

  /** The fields a 400 answer names, sorted. */
  private static List<String> fields(HttpResponse<String> response) {
    assertEquals(400, response.statusCode(), response.body());
    return Http.json(response).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
        .map(e -> e.getString("field"))
        .sorted()
        .toList();
  }
}
