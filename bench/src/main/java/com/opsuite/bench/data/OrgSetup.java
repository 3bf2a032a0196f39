package com.opsuite.bench.data;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The template's organisation through the org API: the gas and online-ops seed organisations
 * (company, operations department, their positions), a field department with two inspection groups,
 * and about fifty staff with reporting lines through the positions they hold. A few have logins:
 * the bench user (operations manager, so expense claims wait in their inbox), two promoters who
 * submit claims and four inspectors.
 */
final class OrgSetup {

  static final String PEOPLE_PASSWORD = "Bench-staff-passw0rd";

  private final RestClient admin;
  private final LocalDate today;
  private final List<Long> staffIds = new ArrayList<>();
  private final List<Long> inspectorUsers = new ArrayList<>();
  private final List<String> promoterEmails = new ArrayList<>();
  private long benchStaffId;
  private long editorUser;
  private int hired;

  OrgSetup(RestClient admin, LocalDate today) {
    this.admin = admin;
    this.today = today;
  }

  /** Builds it; the bench user (already created) becomes the operations manager's holder. */
  void build(long benchUserId) {
    for (String module : List.of("gas-inspection", "online-ops")) {
      admin.post("core/org/templates/" + module, JsonObject.EMPTY_JSON_OBJECT);
    }
    List<JsonObject> positions = admin.getArray("core/org/positions").getValuesAs(JsonObject.class);
    long company =
        admin.getArray("core/org/units").getJsonObject(0).getJsonNumber("id").longValue();
    long gm = positionWithout(positions);

    hire("General manager", gm, null);
    hire(
        "Inspection supervisor", position(positions, "gas-inspection.inspection-supervisor"), null);
    benchStaffId =
        hire("Bench operator", position(positions, "online-ops.operations-manager"), benchUserId);
    hire("Operations director", position(positions, "online-ops.operations-director"), null);
    long inspector = position(positions, "gas-inspection.inspector");
    for (int i = 1; i <= 4; i++) {
      long user = user("inspector" + i, "Inspector " + i, List.of("gas-inspection.inspector"));
      inspectorUsers.add(user);
      hire("Inspector " + i, inspector, user);
    }
    hire("Inspector 5", inspector, null);
    hire("Inspector 6", inspector, null);
    hireAll("Auditor", 3, position(positions, "gas-inspection.auditor"));
    long editor = position(positions, "online-ops.content-editor");
    editorUser = user("editor1", "Editor 1", List.of("online-ops.content-editor"));
    hire("Editor 1", editor, editorUser);
    hire("Editor 2", editor, null);
    hire("Editor 3", editor, null);
    hire("Campaign planner", position(positions, "online-ops.campaign-planner"), null);
    long promoter = position(positions, "online-ops.promoter");
    for (int i = 1; i <= 2; i++) {
      String email = "promoter" + i + "@bench.example";
      promoterEmails.add(email);
      hire("Promoter " + i, promoter, user("promoter" + i, "Promoter " + i, List.of()));
    }
    hireAll("Service agent", 2, position(positions, "online-ops.customer-service-agent"));

    JsonObject field = unit(company, "DEPARTMENT", "Field service", "Field service head");
    hire("Field service head", headOf(field), null);
    for (String group : List.of("East team", "West team")) {
      JsonObject unit =
          unit(field.getJsonNumber("id").longValue(), "GROUP", group, group + " lead");
      hire(group + " lead", headOf(unit), null);
      long fitter =
          admin
              .created(
                  "core/org/positions",
                  Json.createObjectBuilder()
                      .add("unitId", unit.getJsonNumber("id").longValue())
                      .add("title", group + " fitter")
                      .add("reportsToId", headOf(unit))
                      .add("headcount", 10))
              .getJsonNumber("id")
              .longValue();
      hireAll(group + " fitter", 10, fitter);
    }
    for (int i = 1; i <= 6; i++) {
      hire("New hire " + i, null, null);
    }
  }

  List<Long> staffIds() {
    return staffIds;
  }

  List<Long> inspectorUsers() {
    return inspectorUsers;
  }

  List<String> promoterEmails() {
    return promoterEmails;
  }

  /** The content editor with a login, whose items the bench user (their manager) reviews. */
  long editorUser() {
    return editorUser;
  }

  String editorEmail() {
    return "editor1@bench.example";
  }

  long benchStaffId() {
    return benchStaffId;
  }

  private void hireAll(String title, int count, long positionId) {
    for (int i = 1; i <= count; i++) {
      hire(title + " " + i, positionId, null);
    }
  }

  /** A staff member (with the user's login when given), holding the position since last year. */
  private long hire(String name, Long positionId, Long userId) {
    hired++;
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("name", name)
            .add("employeeNo", String.format("E%04d", hired))
            .add("phone", String.format("138 0000 %04d", hired));
    if (userId != null) {
      body.add("userId", userId);
    }
    long staff = admin.created("core/org/staff", body).getJsonNumber("id").longValue();
    if (positionId != null) {
      admin.created(
          "core/org/staff/" + staff + "/assignments",
          Json.createObjectBuilder()
              .add("positionId", positionId)
              .add("startsOn", today.minusYears(1).toString()));
    }
    staffIds.add(staff);
    return staff;
  }

  private long user(String login, String name, List<String> roles) {
    return admin
        .created(
            "core/users",
            Json.createObjectBuilder()
                .add("email", login + "@bench.example")
                .add("displayName", name)
                .add("password", PEOPLE_PASSWORD)
                .add("roles", Json.createArrayBuilder(roles)))
        .getJsonNumber("id")
        .longValue();
  }

  private JsonObject unit(long parent, String kind, String name, String headTitle) {
    return admin.created(
        "core/org/units",
        Json.createObjectBuilder()
            .add("parentId", parent)
            .add("kind", kind)
            .add("name", name)
            .add("headTitle", headTitle));
  }

  private static long headOf(JsonObject unit) {
    return unit.getJsonNumber("headPositionId").longValue();
  }

  /** The seed's position that grants this role (titles are in the tenant's language). */
  private static long position(List<JsonObject> positions, String role) {
    return positions.stream()
        .filter(
            p ->
                p.getJsonArray("roles").getValuesAs(jakarta.json.JsonString.class).stream()
                    .anyMatch(r -> r.getString().equals(role)))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no seed position grants " + role))
        .getJsonNumber("id")
        .longValue();
  }

  /** The company head's position: the one that reports to nobody. */
  private static long positionWithout(List<JsonObject> positions) {
    return positions.stream()
        .filter(p -> !p.containsKey("reportsToId") || p.isNull("reportsToId"))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }
}
