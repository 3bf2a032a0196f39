package com.opsuite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;

/**
 * The org-structure REST API of one tenant, as its first administrator: builds units, positions,
 * staff and assignments, failing the test when the server refuses what should work.
 */
final class OrgApi {

  private final URI root;
  private final String tenant;

  OrgApi(URI root, String tenant) {
    this.root = root;
    this.tenant = tenant;
  }

  URI uri(String path) {
    return root.resolve("api/v1/core/org/" + path);
  }

  HttpResponse<String> get(String path, String... headers) {
    return Http.get(uri(path), Http.asTenant(tenant, headers));
  }

  HttpResponse<String> post(String path, JsonObject body, String... headers) {
    return Http.post(uri(path), body.toString(), Http.asTenant(tenant, headers));
  }

  HttpResponse<String> put(String path, JsonValue body, String... headers) {
    return Http.put(uri(path), body.toString(), Http.asTenant(tenant, headers));
  }

  HttpResponse<String> delete(String path, String... headers) {
    return Http.delete(uri(path), Http.asTenant(tenant, headers));
  }

  List<JsonObject> units() {
    return list("units");
  }

  JsonObject unit(long id) {
    return units().stream()
        .filter(u -> u.getJsonNumber("id").longValue() == id)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no unit " + id));
  }

  /** The company unit, which the first read creates. */
  JsonObject company() {
    return units().stream()
        .filter(u -> u.getString("kind").equals("COMPANY"))
        .findFirst()
        .orElseThrow();
  }

  JsonObject createUnit(long parentId, String kind, String name, String headTitle) {
    return created(post("units", unitBody(parentId, kind, name, headTitle)));
  }

  static JsonObject unitBody(long parentId, String kind, String name, String headTitle) {
    JsonObjectBuilder body =
        Json.createObjectBuilder().add("parentId", parentId).add("kind", kind).add("name", name);
    if (headTitle != null) {
      body.add("headTitle", headTitle);
    }
    return body.build();
  }

  List<JsonObject> positions() {
    return list("positions");
  }

  JsonObject position(long id) {
    HttpResponse<String> response = get("positions/" + id);
    assertEquals(200, response.statusCode(), response.body());
    return Http.json(response);
  }

  JsonObject createPosition(
      long unitId, String title, Long reportsToId, int headcount, String... roles) {
    return created(post("positions", positionBody(unitId, title, reportsToId, headcount, roles)));
  }

  static JsonObject positionBody(
      long unitId, String title, Long reportsToId, int headcount, String... roles) {
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("unitId", unitId)
            .add("title", title)
            .add("headcount", headcount)
            .add("roles", Json.createArrayBuilder(List.of(roles)));
    if (reportsToId != null) {
      body.add("reportsToId", reportsToId);
    }
    return body.build();
  }

  /** The position as the editor would send it back: every field as read, some replaced. */
  static JsonObjectBuilder edit(JsonObject read) {
    return Json.createObjectBuilder(read).remove("id");
  }

  List<JsonObject> staff() {
    return list("staff");
  }

  JsonObject createStaff(String name, String employeeNo, String email, Long userId) {
    return created(post("staff", staffBody(name, employeeNo, email, userId)));
  }

  JsonObject createStaff(String name) {
    return createStaff(name, null, null, null);
  }

  static JsonObject staffBody(String name, String employeeNo, String email, Long userId) {
    JsonObjectBuilder body = Json.createObjectBuilder().add("name", name);
    if (employeeNo != null) {
      body.add("employeeNo", employeeNo);
    }
    if (email != null) {
      body.add("email", email);
    }
    if (userId != null) {
      body.add("userId", userId);
    }
    return body.build();
  }

  JsonObject assign(long staffId, long positionId, LocalDate from, LocalDate to, boolean acting) {
    return created(
        post("staff/" + staffId + "/assignments", assignmentBody(positionId, from, to, acting)));
  }

  static JsonObject assignmentBody(long positionId, LocalDate from, LocalDate to, boolean acting) {
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("positionId", positionId)
            .add("startsOn", from.toString())
            .add("acting", acting);
    if (to != null) {
      body.add("endsOn", to.toString());
    }
    return body.build();
  }

  List<JsonObject> assignments(long staffId) {
    return list("staff/" + staffId + "/assignments");
  }

  /** Names of the staff a reporting-line query answers, in the server's order (by name). */
  List<String> names(String path) {
    return list(path).stream().map(s -> s.getString("name")).toList();
  }

  List<JsonObject> list(String path) {
    HttpResponse<String> response = get(path);
    assertEquals(200, response.statusCode(), path + ": " + response.body());
    return Http.jsonArray(response).getValuesAs(JsonObject.class);
  }

  static long id(JsonObject o) {
    return o.getJsonNumber("id").longValue();
  }

  private static JsonObject created(HttpResponse<String> response) {
    assertEquals(201, response.statusCode(), response.body());
    return Http.json(response);
  }
}
