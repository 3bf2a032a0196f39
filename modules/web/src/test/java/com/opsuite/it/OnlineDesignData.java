package com.opsuite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;

/**
 * Design requests, budgets and claims for online-ops tests, through the real API: a second
 * requesting department (Sales, with its head and a clerk), the roles, and each step of a request
 * as the person whose step it is. manager1 is the operations head (operations-manager), reviewer1
 * the designer.
 */
final class OnlineDesignData {

  static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'
  };
  static final byte[] PDF = "%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n".getBytes();

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  final OnlineCompany co;
  final long salesId;

  OnlineDesignData(URI root, String prefix) {
    co = new OnlineCompany(root, prefix);
    ApprovalOrg org = co.org;
    JsonObject sales =
        created(
            org.api("org/units"),
            Json.createObjectBuilder()
                .add("parentId", org.companyId)
                .add("kind", "DEPARTMENT")
                .add("name", "Sales")
                .add("headTitle", "Sales head"));
    salesId = sales.getJsonNumber("id").longValue();
    long salesHead = sales.getJsonNumber("headPositionId").longValue();
    long salesClerk =
        created(
                org.api("org/positions"),
                Json.createObjectBuilder()
                    .add("unitId", salesId)
                    .add("title", "Sales clerk")
                    .add("reportsToId", salesHead)
                    .add("headcount", 2))
            .getJsonNumber("id")
            .longValue();
    org.hire("saleshead", salesHead);
    org.hire("salesclerk", salesClerk);
    co.grant("manager1", "operations-manager");
    co.grant("manager2", "operations-manager");
    co.grant("clerk", "content-editor");
    co.grant("clerk2", "content-editor");
    co.grant("salesclerk", "content-editor");
    co.grant("reviewer1", "content-editor");
  }

  private JsonObject created(URI uri, JsonObjectBuilder body) {
    HttpResponse<String> r = Http.post(uri, body.build().toString(), co.asAdmin());
    assertEquals(201, r.statusCode(), uri + ": " + r.body());
    return Http.json(r);
  }

  long user(String name) {
    return co.userId(name);
  }

  // --- design requests ---

  HttpResponse<String> file(String requester, String title, Long departmentId, String category) {
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("title", title)
            .add("purpose", "Posters for the spring open day")
            .add("specs", "A2, 20 copies, matt paper")
            .add("deadline", LocalDate.now().plusDays(20).toString());
    if (departmentId != null) {
      body.add("departmentId", departmentId);
    }
    if (category != null) {
      body.add("category", category);
    }
    return Http.post(co.api("design-requests"), body.build().toString(), co.as(requester));
  }

  JsonObject filed(String requester, String title, Long departmentId, String category) {
    HttpResponse<String> r = file(requester, title, departmentId, category);
    assertEquals(201, r.statusCode(), r.body());
    return Http.json(r).getJsonObject("request");
  }

  HttpResponse<String> step(String who, long id, String step, JsonObjectBuilder body) {
    return Http.post(
        co.api("design-requests/" + id + "/" + step),
        body.build().toString(),
        co.as(who, "Accept-Language", "en"));
  }

  JsonObject stepped(String who, long id, String step, JsonObjectBuilder body) {
    HttpResponse<String> r = step(who, id, step, body);
    assertEquals(200, r.statusCode(), who + " " + step + ": " + r.body());
    return Http.json(r).getJsonObject("request");
  }

  JsonObject request(String who, long id) {
    HttpResponse<String> r = Http.get(co.api("design-requests/" + id), co.as(who));
    assertEquals(200, r.statusCode(), r.body());
    return Http.json(r).getJsonObject("request");
  }

  static long approvalOf(JsonObject request) {
    return request.getJsonNumber("approvalId").longValue();
  }

  /**
   * A request of the requester taken through every step to the goods received at the cost on the
   * day: signed by the department head, scheduled, delivered, accepted, confirmed, ordered.
   */
  long received(String requester, String head, String title, String cost, LocalDate on) {
    JsonObject r = filed(requester, title, null, null);
    long id = r.getJsonNumber("id").longValue();
    co.org.acted(head, approvalOf(r), "approve", null);
    assertEquals("SCHEDULING", request(requester, id).getString("status"));
    stepped(
        "manager1",
        id,
        "schedule",
        Json.createObjectBuilder().add("designerId", user("reviewer1")));
    stepped("reviewer1", id, "delivery", Json.createObjectBuilder().add("note", "on the share"));
    JsonObject accepted =
        stepped(requester, id, "review", Json.createObjectBuilder().add("accept", true));
    assertEquals("CONFIRMING", accepted.getString("status"));
    co.org.acted("gm", approvalOf(accepted), "approve", null);
    assertEquals("CONFIRMED", request(requester, id).getString("status"));
    stepped(
        "reviewer1",
        id,
        "order",
        Json.createObjectBuilder().add("costEstimate", new BigDecimal(cost).add(BigDecimal.TEN)));
    JsonObject got =
        stepped(
            "reviewer1",
            id,
            "receipt",
            Json.createObjectBuilder()
                .add("actualCost", new BigDecimal(cost))
                .add("receivedOn", on.toString()));
    assertEquals("RECEIVED", got.getString("status"));
    return id;
  }

  // --- budgets and claims ---

  HttpResponse<String> setBudget(
      String who, int year, String category, String monthly, long version) {
    var months = Json.createArrayBuilder();
    for (int i = 0; i < 12; i++) {
      months.add(new BigDecimal(monthly));
    }
    return Http.put(
        co.api("budgets/" + year + "/" + category),
        Json.createObjectBuilder().add("months", months).add("version", version).build().toString(),
        co.as(who, "Accept-Language", "en"));
  }

  JsonObject claim(String who, String category, String amount, LocalDate spentOn) {
    HttpResponse<String> r =
        Http.post(
            co.api("expense-claims"),
            Json.createObjectBuilder()
                .add("category", category)
                .add("amount", new BigDecimal(amount))
                .add("spentOn", spentOn.toString())
                .add("description", "Printing of leaflets")
                .build()
                .toString(),
            co.as(who));
    assertEquals(201, r.statusCode(), r.body());
    return Http.json(r);
  }

  /** Posts bytes as the person, with the declared type; answers status and body. */
  HttpResponse<String> upload(String who, URI uri, String type, byte[] content) {
    String token = Http.token(co.root, co.tenant, co.org.person(who).email(), ApprovalOrg.PASSWORD);
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", type)
            .header("Accept-Language", "en")
            .POST(HttpRequest.BodyPublishers.ofByteArray(content))
            .build();
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(uri.toString(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  HttpResponse<String> submitClaim(String who, long id) {
    return Http.post(
        co.api("expense-claims/" + id + "/submission"), "{}", co.as(who, "Accept-Language", "en"));
  }

  /** The tracking cell of the category's month, as the API answers it. */
  JsonObject cell(String who, int year, String category, int month) {
    HttpResponse<String> r = Http.get(co.api("budgets/" + year), co.as(who));
    assertEquals(200, r.statusCode(), r.body());
    return Http.json(r).getJsonArray("categories").getValuesAs(JsonObject.class).stream()
        .filter(c -> c.getString("category").equals(category))
        .findFirst()
        .orElseThrow()
        .getJsonArray("months")
        .getJsonObject(month - 1);
  }

  static BigDecimal money(JsonObject o, String field) {
    return o.getJsonNumber(field).bigDecimalValue().setScale(2);
  }
}
