package com.opsuite.it;

import static com.opsuite.it.Http.asTenant;
import static com.opsuite.it.Http.asUser;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * A small company for approval tests, built through the org API: a general manager heading the
 * company; an operations department with its head, two managers and the clerks under them; and
 * three reviewers in one position. Every person has a login.
 */
final class ApprovalOrg {

  static final String PASSWORD = "Appr0ver-pass";

  final URI root;
  final String tenant;
  final long companyId;
  final long gmPosition;
  final long departmentId;
  final long headPosition;
  final long managerPosition;
  final long clerkPosition;
  final long reviewerPosition;
  private final Map<String, Person> people = new HashMap<>();

  /** Someone on the staff with a login. */
  record Person(String name, String email, long userId, long staffId) {}

  ApprovalOrg(URI root, String prefix, String... modules) {
    this.root = root;
    this.tenant = TestTenants.signUp(root, prefix, modules);
    JsonObject company =
        Http.jsonArray(Http.get(api("org/units"), asTenant(tenant))).getJsonObject(0);
    companyId = company.getJsonNumber("id").longValue();
    gmPosition = company.getJsonNumber("headPositionId").longValue();
    JsonObject department =
        created(
            "org/units",
            Json.createObjectBuilder()
                .add("parentId", companyId)
                .add("kind", "DEPARTMENT")
                .add("name", "Operations")
                .add("headTitle", "Operations head"));
    departmentId = department.getJsonNumber("id").longValue();
    headPosition = department.getJsonNumber("headPositionId").longValue();
    managerPosition = position("Manager", headPosition, 2);
    clerkPosition = position("Clerk", managerPosition, 5);
    reviewerPosition = position("Reviewer", headPosition, 3);
    hire("gm", gmPosition);
    hire("head", headPosition);
    hire("manager1", managerPosition);
    hire("manager2", managerPosition);
    hire("clerk", clerkPosition);
    hire("clerk2", clerkPosition);
    hire("reviewer1", reviewerPosition);
    hire("reviewer2", reviewerPosition);
    hire("reviewer3", reviewerPosition);
  }

  Person person(String name) {
    return people.get(name);
  }

  /** Headers for an API call as this person. */
  String[] as(String name, String... more) {
    return asUser(tenant, person(name).email(), PASSWORD, more);
  }

  URI api(String path) {
    return root.resolve("api/v1/core/" + path);
  }

  long position(String title, Long reportsTo, int headcount) {
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("unitId", departmentId)
            .add("title", title)
            .add("headcount", headcount);
    if (reportsTo != null) {
      body.add("reportsToId", reportsTo);
    }
    return created("org/positions", body).getJsonNumber("id").longValue();
  }

  /** A new user on the staff, holding the position from today (no position when null). */
  Person hire(String name, Long positionId) {
    String email = name + "@" + tenant + ".example";
    long userId =
        created(
                "users",
                Json.createObjectBuilder()
                    .add("email", email)
                    .add("displayName", name)
                    .add("password", PASSWORD)
                    .add("roles", Json.createArrayBuilder()))
            .getJsonNumber("id")
            .longValue();
    long staffId =
        created("org/staff", Json.createObjectBuilder().add("name", name).add("userId", userId))
            .getJsonNumber("id")
            .longValue();
    if (positionId != null) {
      created(
          "org/staff/" + staffId + "/assignments",
          Json.createObjectBuilder()
              .add("positionId", positionId)
              .add("startsOn", LocalDate.now().minusDays(1).toString()));
    }
    Person person = new Person(name, email, userId, staffId);
    people.put(name, person);
    return person;
  }

  private JsonObject created(String path, JsonObjectBuilder body) {
    HttpResponse<String> response = Http.post(api(path), body.build().toString(), asTenant(tenant));
    assertEquals(201, response.statusCode(), path + ": " + response.body());
    return Http.json(response);
  }

  // --- approvals ---

  /** Submits an expense claim as the person; returns the approval as the API answers. */
  JsonObject claim(String submitter, String ref, long amount) {
    HttpResponse<String> response =
        Http.post(
            api("approvals"),
            Json.createObjectBuilder()
                .add("type", "core.expense-claim")
                .add("documentRef", ref)
                .add("title", "Claim " + ref)
                .add("fields", Json.createObjectBuilder().add("amount", amount))
                .build()
                .toString(),
            as(submitter));
    assertEquals(201, response.statusCode(), response.body());
    return Http.json(response);
  }

  HttpResponse<String> act(String who, long approvalId, String action, String comment) {
    JsonObjectBuilder body = Json.createObjectBuilder().add("action", action);
    if (comment != null) {
      body.add("comment", comment);
    }
    return Http.post(
        api("approvals/" + approvalId + "/actions"),
        body.build().toString(),
        as(who, "Accept-Language", "en"));
  }

  /** Acts and expects 200; returns the approval after the action. */
  JsonObject acted(String who, long approvalId, String action, String comment) {
    HttpResponse<String> response = act(who, approvalId, action, comment);
    assertEquals(200, response.statusCode(), who + " " + action + ": " + response.body());
    return Http.json(response);
  }

  JsonObject get(String who, long approvalId) {
    HttpResponse<String> response = Http.get(api("approvals/" + approvalId), as(who));
    assertEquals(200, response.statusCode(), response.body());
    return Http.json(response);
  }

  HttpResponse<String> saveChain(String type, String chainJson, String language) {
    return Http.put(
        api("approvals/chains/" + type), chainJson, asTenant(tenant, "Accept-Language", language));
  }

  static long id(JsonObject detail) {
    return detail.getJsonObject("approval").getJsonNumber("id").longValue();
  }

  static String status(JsonObject detail) {
    return detail.getJsonObject("approval").getString("status");
  }

  /** The status of each step, in order, e.g. "ACTIVE,SKIPPED,SKIPPED". */
  static String steps(JsonObject detail) {
    return String.join(
        ",",
        detail.getJsonArray("steps").getValuesAs(JsonObject.class).stream()
            .map(s -> s.getString("status"))
            .toList());
  }

  /** The approvers' names asked by the step (1-based). */
  static String approvers(JsonObject detail, int stepNo) {
    return String.join(
        ",",
        detail
            .getJsonArray("steps")
            .getJsonObject(stepNo - 1)
            .getJsonArray("approvers")
            .getValuesAs(JsonObject.class)
            .stream()
            .map(a -> a.getString("name"))
            .sorted()
            .toList());
  }
}
