package com.opsuite.it;

import static com.opsuite.it.OnlineDesignData.approvalOf;
import static com.opsuite.it.OnlineDesignData.money;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Design requests through the seed's chain: the requesting department's head signs, the operations
 * head schedules a designer, the designer delivers, the requester accepts or sends back, the
 * general manager confirms, production is ordered and received; the month's costs are settled with
 * exact totals per requesting department, signed by the head and the general manager, and handed to
 * finance. Steps out of turn are 409; another tenant reaches nothing.
 */
@ExtendWith(ArquillianExtension.class)
class OnlineDesignRequestsIT {

  @ArquillianResource URL base;

  @Test
  void theChainRunsToASettlementWithExactMonthlyTotalsPerDepartment() throws Exception {
    OnlineDesignData d = new OnlineDesignData(base.toURI(), "odesign-chain");
    YearMonth last = YearMonth.now().minusMonths(1);
    long opsA = d.received("clerk", "head", "Open day posters", "1200.50", last.atDay(3));
    long opsB = d.received("clerk2", "head", "Roll-up banner", "399.75", last.atEndOfMonth());
    long sales = d.received("salesclerk", "saleshead", "Price leaflets", "800.10", last.atDay(15));
    // Received in other months: not part of last month's settlement.
    long earlier =
        d.received("clerk", "head", "Old flyers", "55.00", last.minusMonths(1).atDay(20));
    long thisMonth = d.received("clerk", "head", "New stickers", "12.00", LocalDate.now());

    JsonObject salesRequest = d.request("salesclerk", sales);
    assertEquals("Sales", salesRequest.getString("department"));
    assertEquals(d.salesId, salesRequest.getJsonNumber("departmentId").longValue());
    assertEquals("reviewer1", salesRequest.getString("designer"));

    // The current month is not over: it cannot be settled yet.
    HttpResponse<String> early =
        Http.post(
            d.co.api("design-settlements"),
            Json.createObjectBuilder().add("month", YearMonth.now().toString()).build().toString(),
            d.co.as("manager1", "Accept-Language", "en"));
    assertEquals(409, early.statusCode(), early.body());
    assertTrue(early.body().contains("is not over yet"), early.body());
    // Only the operations head settles.
    assertEquals(
        403,
        Http.post(
                d.co.api("design-settlements"),
                Json.createObjectBuilder().add("month", last.toString()).build().toString(),
                d.co.as("clerk"))
            .statusCode());

    HttpResponse<String> prepared =
        Http.post(
            d.co.api("design-settlements"),
            Json.createObjectBuilder().add("month", last.toString()).build().toString(),
            d.co.as("manager1"));
    assertEquals(201, prepared.statusCode(), prepared.body());
    JsonObject detail = Http.json(prepared);
    JsonObject settlement = detail.getJsonObject("settlement");
    long settlementId = settlement.getJsonNumber("id").longValue();
    assertEquals(last.toString(), settlement.getString("month"));
    assertEquals(new BigDecimal("2400.35"), money(settlement, "total"));
    assertEquals("SIGNING", settlement.getString("status"));
    List<JsonObject> departments = detail.getJsonArray("departments").getValuesAs(JsonObject.class);
    assertEquals(2, departments.size(), detail.toString());
    JsonObject operations =
        departments.stream()
            .filter(x -> x.getString("department").equals("Operations"))
            .findFirst()
            .orElseThrow();
    JsonObject salesTotal =
        departments.stream()
            .filter(x -> x.getString("department").equals("Sales"))
            .findFirst()
            .orElseThrow();
    assertEquals(new BigDecimal("1600.25"), money(operations, "total"));
    assertEquals(2, operations.getInt("requests"));
    assertEquals(new BigDecimal("800.10"), money(salesTotal, "total"));
    assertEquals(1, salesTotal.getInt("requests"));
    assertEquals(
        List.of(opsA, sales, opsB),
        detail.getJsonArray("requests").getValuesAs(JsonObject.class).stream()
            .map(r -> r.getJsonNumber("id").longValue())
            .toList());
    assertEquals("SETTLING", d.request("clerk", opsA).getString("status"));
    assertEquals("RECEIVED", d.request("clerk", earlier).getString("status"));
    assertEquals("RECEIVED", d.request("clerk", thisMonth).getString("status"));

    // The same month cannot be settled twice while its settlement runs.
    HttpResponse<String> again =
        Http.post(
            d.co.api("design-settlements"),
            Json.createObjectBuilder().add("month", last.toString()).build().toString(),
            d.co.as("manager1", "Accept-Language", "en"));
    assertEquals(409, again.statusCode(), again.body());

    // Handing over before it is signed: 409. Signed by the operations head, then the GM.
    long approval = settlement.getJsonNumber("approvalId").longValue();
    assertEquals(
        409,
        Http.post(
                d.co.api("design-settlements/" + settlementId + "/handover"),
                "{}",
                d.co.as("manager1"))
            .statusCode());
    JsonObject signing = d.co.org.get("manager1", approval);
    assertEquals("head", ApprovalOrg.approvers(signing, 1));
    d.co.org.acted("head", approval, "approve", null);
    assertEquals("SIGNING", settlement(d, settlementId).getString("status"));
    d.co.org.acted("gm", approval, "approve", null);
    assertEquals("SIGNED", settlement(d, settlementId).getString("status"));
    for (long id : List.of(opsA, opsB, sales)) {
      assertEquals("SETTLED", d.request("clerk", id).getString("status"));
    }

    // Settled design costs count against the budget of their category in the settled month.
    JsonObject cell =
        d.cell("manager1", last.getYear(), "CONTENT_PRODUCTION", last.getMonthValue());
    assertEquals(new BigDecimal("2400.35"), money(cell, "design"));
    assertEquals(new BigDecimal("0.00"), money(cell, "claims"));

    HttpResponse<String> handed =
        Http.post(
            d.co.api("design-settlements/" + settlementId + "/handover"),
            "{}",
            d.co.as("manager1"));
    assertEquals(200, handed.statusCode(), handed.body());
    assertEquals(
        "HANDED_TO_FINANCE", Http.json(handed).getJsonObject("settlement").getString("status"));
    assertEquals(
        409,
        Http.post(
                d.co.api("design-settlements/" + settlementId + "/handover"),
                "{}",
                d.co.as("manager1"))
            .statusCode());
  }

  @Test
  void stepsOutOfTurnAreRefusedAndSendBackAndRejectionMoveTheRequest() throws Exception {
    OnlineDesignData d = new OnlineDesignData(base.toURI(), "odesign-turns");
    JsonObject filed = d.filed("clerk", "Brochure", null, "PROMOTION");
    long id = filed.getJsonNumber("id").longValue();
    assertEquals("SIGNING", filed.getString("status"));
    assertEquals("PROMOTION", filed.getString("category"));
    assertEquals("Operations", filed.getString("department"));
    assertEquals("head", ApprovalOrg.approvers(d.co.org.get("clerk", approvalOf(filed)), 1));

    // Not signed yet: no designer can be scheduled.
    HttpResponse<String> tooEarly =
        d.step(
            "manager1",
            id,
            "schedule",
            Json.createObjectBuilder().add("designerId", d.user("reviewer1")));
    assertEquals(409, tooEarly.statusCode(), tooEarly.body());
    assertTrue(tooEarly.body().contains("Department head signing"), tooEarly.body());
    assertTrue(tooEarly.body().contains("Waiting for a designer"), tooEarly.body());

    d.co.org.acted("head", approvalOf(filed), "approve", null);
    // Only the operations head schedules.
    assertEquals(
        403,
        d.step(
                "clerk",
                id,
                "schedule",
                Json.createObjectBuilder().add("designerId", d.user("reviewer1")))
            .statusCode());
    JsonObject scheduled =
        d.stepped(
            "manager1",
            id,
            "schedule",
            Json.createObjectBuilder().add("designerId", d.user("reviewer1")));
    assertEquals("DESIGNING", scheduled.getString("status"));
    // A stale version: 409 with the reason in Chinese for a Chinese client.
    HttpResponse<String> stale =
        Http.post(
            d.co.api("design-requests/" + id + "/delivery"),
            Json.createObjectBuilder()
                .add("version", scheduled.getJsonNumber("version").longValue() - 1)
                .build()
                .toString(),
            d.co.as("reviewer1", "Accept-Language", "zh-CN"));
    assertEquals(409, stale.statusCode(), stale.body());
    assertTrue(stale.body().contains("已被他人修改"), stale.body());
    // Someone else than the designer cannot deliver.
    assertEquals(403, d.step("clerk2", id, "delivery", Json.createObjectBuilder()).statusCode());
    // Ordering before confirmation: 409.
    assertEquals(
        409,
        d.step("reviewer1", id, "order", Json.createObjectBuilder().add("costEstimate", 10))
            .statusCode());

    d.stepped("reviewer1", id, "delivery", Json.createObjectBuilder().add("note", "v1"));
    // Only the requester reviews; sending back needs the reason.
    assertEquals(
        403,
        d.step("clerk2", id, "review", Json.createObjectBuilder().add("accept", true))
            .statusCode());
    HttpResponse<String> noReason =
        d.step("clerk", id, "review", Json.createObjectBuilder().add("accept", false));
    assertEquals(400, noReason.statusCode(), noReason.body());
    JsonObject back =
        d.stepped(
            "clerk",
            id,
            "review",
            Json.createObjectBuilder().add("accept", false).add("note", "Bigger logo"));
    assertEquals("DESIGNING", back.getString("status"));
    d.stepped("reviewer1", id, "delivery", Json.createObjectBuilder().add("note", "v2"));
    JsonObject confirming =
        d.stepped("clerk", id, "review", Json.createObjectBuilder().add("accept", true));
    assertEquals("gm", ApprovalOrg.approvers(d.co.org.get("clerk", approvalOf(confirming)), 1));
    // The GM does not confirm: the design goes back to its designer.
    d.co.org.acted("gm", approvalOf(confirming), "reject", "Colours off-brand");
    JsonObject redo = d.request("clerk", id);
    assertEquals("DESIGNING", redo.getString("status"));
    HttpResponse<String> history = Http.get(d.co.api("design-requests/" + id), d.co.as("clerk"));
    List<String> statuses =
        Http.json(history).getJsonArray("log").getValuesAs(JsonObject.class).stream()
            .map(e -> e.getString("status"))
            .toList();
    assertEquals(
        List.of(
            "SIGNING",
            "SCHEDULING",
            "DESIGNING",
            "DELIVERED",
            "DESIGNING",
            "DELIVERED",
            "CONFIRMING",
            "DESIGNING"),
        statuses);

    // A request the head refuses is rejected, and no step follows.
    JsonObject refused = d.filed("clerk2", "Mascot costume", null, null);
    long refusedId = refused.getJsonNumber("id").longValue();
    d.co.org.acted("head", approvalOf(refused), "reject", "Not this year");
    assertEquals("REJECTED", d.request("clerk2", refusedId).getString("status"));
    assertEquals(
        409,
        d.step(
                "manager1",
                refusedId,
                "schedule",
                Json.createObjectBuilder().add("designerId", d.user("reviewer1")))
            .statusCode());

    // Validation: missing fields are 400 with the field named.
    HttpResponse<String> empty =
        Http.post(
            d.co.api("design-requests"),
            "{\"title\":\"x\"}",
            d.co.as("clerk", "Accept-Language", "en"));
    assertEquals(400, empty.statusCode(), empty.body());
    assertTrue(empty.body().contains("\"purpose\""), empty.body());
    // Listing filters by status and department.
    HttpResponse<String> rejected =
        Http.get(d.co.api("design-requests?status=REJECTED"), d.co.as("manager1"));
    assertEquals(1, Http.json(rejected).getInt("total"), rejected.body());
  }

  @Test
  void anotherTenantReachesNoRequestNorSettlement() throws Exception {
    OnlineDesignData a = new OnlineDesignData(base.toURI(), "odesign-iso-a");
    OnlineDesignData b = new OnlineDesignData(base.toURI(), "odesign-iso-b");
    YearMonth last = YearMonth.now().minusMonths(1);
    long received = a.received("clerk", "head", "Isolation poster", "100.00", last.atDay(2));
    JsonObject signing = a.filed("clerk", "Isolation signing", null, null);
    long signingId = signing.getJsonNumber("id").longValue();
    HttpResponse<String> prepared =
        Http.post(
            a.co.api("design-settlements"),
            Json.createObjectBuilder().add("month", last.toString()).build().toString(),
            a.co.as("manager1"));
    assertEquals(201, prepared.statusCode(), prepared.body());
    JsonObject preparedSettlement = Http.json(prepared).getJsonObject("settlement");
    long settlementId = preparedSettlement.getJsonNumber("id").longValue();

    // B's operations head guesses A's ids.
    assertEquals(
        404, Http.get(b.co.api("design-requests/" + received), b.co.as("manager1")).statusCode());
    assertEquals(
        404,
        b.step(
                "manager1",
                signingId,
                "schedule",
                Json.createObjectBuilder().add("designerId", b.user("reviewer1")))
            .statusCode());
    assertEquals(
        404,
        Http.get(b.co.api("design-settlements/" + settlementId), b.co.as("manager1")).statusCode());
    assertEquals(
        404,
        Http.post(
                b.co.api("design-settlements/" + settlementId + "/handover"),
                "{}",
                b.co.as("manager1"))
            .statusCode());
    assertEquals(
        0, Http.json(Http.get(b.co.api("design-requests"), b.co.as("manager1"))).getInt("total"));
    assertEquals(
        0, Http.jsonArray(Http.get(b.co.api("design-settlements"), b.co.as("manager1"))).size());
    // Nothing of A changed.
    assertEquals("SIGNING", a.request("clerk", signingId).getString("status"));
    assertEquals("SETTLING", a.request("clerk", received).getString("status"));

    // A refused settlement gives its requests back; the month can then be settled again.
    a.co.org.acted(
        "head",
        preparedSettlement.getJsonNumber("approvalId").longValue(),
        "reject",
        "Receipts missing");
    assertEquals("REJECTED", settlement(a, settlementId).getString("status"));
    JsonObject back = a.request("clerk", received);
    assertEquals("RECEIVED", back.getString("status"));
    assertFalse(back.containsKey("settlementId") && !back.isNull("settlementId"), back.toString());
    HttpResponse<String> again =
        Http.post(
            a.co.api("design-settlements"),
            Json.createObjectBuilder().add("month", last.toString()).build().toString(),
            a.co.as("manager1"));
    assertEquals(201, again.statusCode(), again.body());
    assertEquals(
        new BigDecimal("100.00"), money(Http.json(again).getJsonObject("settlement"), "total"));

    // The pages: A's request page shows it to A, and nothing to B under B's address.
    String mine = page(a, a.co.tenant, "manager1", "design-request.xhtml?id=" + received);
    assertTrue(mine.startsWith("200"), mine);
    assertTrue(mine.contains("Isolation poster"), mine);
    String list = page(a, a.co.tenant, "manager1", "design-requests.xhtml");
    assertTrue(list.contains("Isolation signing"), list);
    String guessed = page(b, b.co.tenant, "manager1", "design-request.xhtml?id=" + received);
    assertFalse(guessed.contains("Isolation poster"), guessed);
    String theirs = page(b, b.co.tenant, "manager1", "design-requests.xhtml");
    assertTrue(theirs.startsWith("200"), theirs);
    assertFalse(theirs.contains("Isolation"), theirs);
  }

  private static JsonObject settlement(OnlineDesignData d, long id) {
    HttpResponse<String> r = Http.get(d.co.api("design-settlements/" + id), d.co.as("manager1"));
    assertEquals(200, r.statusCode(), r.body());
    return Http.json(r).getJsonObject("settlement");
  }

  private String page(OnlineDesignData d, String tenant, String user, String page)
      throws Exception {
    HttpResponse<String> r =
        Http.get(
            URI.create(base + "t/" + tenant + "/online-ops/" + page),
            Http.pageSession(
                base.toURI(), d.co.tenant, d.co.org.person(user).email(), ApprovalOrg.PASSWORD));
    return r.statusCode() + "\n" + r.body();
  }
}
