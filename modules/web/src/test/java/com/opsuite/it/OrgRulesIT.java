package com.opsuite.it;

import static com.opsuite.it.OrgApi.id;
import static com.opsuite.it.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the organisation refuses, each with a message in the caller's language, and with nothing of
 * the refused change saved: loops in reporting lines and in the unit tree, units without a head, a
 * held position deleted, the same person on the staff twice, overlapping acting periods, a full
 * headcount, and a change based on a stale read.
 */
@ExtendWith(ArquillianExtension.class)
class OrgRulesIT {

  private static final LocalDate TODAY = LocalDate.now();

  @ArquillianResource URL base;

  private String tenant;
  private OrgApi org;
  private JsonObject company;

  @BeforeEach
  void tenant() throws Exception {
    tenant = TestTenants.signUp(base.toURI(), "org-rules");
    org = new OrgApi(base.toURI(), tenant);
    company = org.company();
  }

  @Test
  void aPositionCannotReportToItsOwnSubordinate() {
    JsonObject ops = org.createUnit(id(company), "DEPARTMENT", "Operations", "Director");
    long director = head(ops);
    long manager = id(org.createPosition(id(ops), "Manager", director, 1));
    long lead = id(org.createPosition(id(ops), "Lead", manager, 1));
    JsonObject before = org.position(director);

    String en =
        Refusals.message(
            org.put(
                "positions/" + director,
                OrgApi.edit(before).add("reportsToId", lead).build(),
                "Accept-Language",
                "en"),
            "reportsToId",
            "org.position.cycle");
    assertEquals(
        "This would close a loop: \"Lead\" already reports, directly or not, to this position.",
        en);
    assertRefused(
        org.put(
            "positions/" + director,
            OrgApi.edit(before).add("reportsToId", lead).build(),
            "Accept-Language",
            "zh-CN"),
        "reportsToId",
        "org.position.cycle",
        "这样会形成循环：“Lead”已直接或间接向本岗位汇报。");
    assertEquals(
        "org.position.cycle",
        Refusals.errorCode(
            org.put(
                "positions/" + lead,
                OrgApi.edit(org.position(lead)).add("reportsToId", lead).build())),
        "nor to itself");

    assertEquals(before, org.position(director), "nothing changed");
    assertEquals(manager, org.position(lead).getJsonNumber("reportsToId").longValue());
  }

  @Test
  void aUnitCannotMoveUnderItselfOrItsOwnUnits() {
    JsonObject ops = org.createUnit(id(company), "DEPARTMENT", "Operations", "COO");
    JsonObject logistics = org.createUnit(id(ops), "DEPARTMENT", "Logistics", "Logistics head");
    JsonObject fleet = org.createUnit(id(logistics), "GROUP", "Fleet", "Fleet lead");

    assertRefused(
        org.put("units/" + id(ops), unitChange(ops, id(fleet)), "Accept-Language", "en"),
        "parentId",
        "org.unit.cycle",
        "A unit cannot be moved under itself or one of its own units.");
    assertRefused(
        org.put("units/" + id(ops), unitChange(ops, id(ops)), "Accept-Language", "zh-CN"),
        "parentId",
        "org.unit.cycle",
        "不能把单位移到它自身或其下级单位之下。");

    assertEquals(ops, org.unit(id(ops)), "still under the company, same version");
    assertEquals(logistics, org.unit(id(logistics)));
  }

  @Test
  void aDepartmentOrGroupAlwaysHasAHead() throws Exception {
    int units = count("org_unit");
    int positions = count("org_position");

    assertRefused(
        org.post(
            "units",
            OrgApi.unitBody(id(company), "DEPARTMENT", "Headless", null),
            "Accept-Language",
            "en"),
        "headTitle",
        "org.required",
        "This field is required.");
    assertRefused(
        org.post(
            "units",
            OrgApi.unitBody(id(company), "GROUP", "Headless", " "),
            "Accept-Language",
            "zh-CN"),
        "headTitle",
        "org.required",
        "此项为必填项。");
    assertEquals(units, count("org_unit"), "no unit without its head");
    assertEquals(positions, count("org_position"));

    JsonObject ops = org.createUnit(id(company), "DEPARTMENT", "Operations", "COO");
    assertRefused(
        org.put(
            "units/" + id(ops),
            Json.createObjectBuilder()
                .add("name", "Renamed")
                .add("parentId", id(company))
                .addNull("headPositionId")
                .add("version", ops.getJsonNumber("version"))
                .build(),
            "Accept-Language",
            "en"),
        "headPositionId",
        "org.unit.headRequired",
        "A department or group needs a head position.");
    assertEquals(ops, org.unit(id(ops)), "not renamed either");
  }

  @Test
  void aHeldPositionOrTheUnitItHeadsCannotBeDeleted() {
    JsonObject ops = org.createUnit(id(company), "DEPARTMENT", "Operations", "COO");
    long planner = id(org.createPosition(id(ops), "Planner", head(ops), 2));
    long hank = id(org.createStaff("Hank"));
    long assignment = id(org.assign(hank, planner, TODAY.minusDays(10), null, false));

    assertRefused(
        org.delete("positions/" + planner, "Accept-Language", "en"),
        "id",
        "org.position.held",
        "The position is held by Hank; end their assignments first.");
    assertEquals("Planner", org.position(planner).getString("title"));
    assertEquals(1, org.assignments(hank).size());

    HttpResponse<String> ended = endAssignment(hank, assignment, TODAY.minusDays(1));
    assertEquals(200, ended.statusCode(), ended.body());
    HttpResponse<String> deleted = org.delete("positions/" + planner);
    assertEquals(204, deleted.statusCode(), deleted.body());
    assertEquals(404, org.get("positions/" + planner).statusCode());
    assertEquals(List.of(), org.assignments(hank), "its past assignments went with it");

    // A unit's head goes with the unit, under the same rules.
    JsonObject audit = org.createUnit(id(company), "DEPARTMENT", "Audit", "Chief auditor");
    long lisa = id(org.createStaff("Lisa"));
    long lisaHolds = id(org.assign(lisa, head(audit), TODAY.minusDays(10), null, false));
    long liaison = id(org.createPosition(id(ops), "Audit liaison", head(audit), 1));
    assertRefused(
        org.delete("units/" + id(audit), "Accept-Language", "en"),
        "id",
        "org.position.held",
        "The position is held by Lisa; end their assignments first.");
    assertEquals(audit, org.unit(id(audit)), "kept, with its head");
    assertEquals(200, endAssignment(lisa, lisaHolds, TODAY.minusDays(1)).statusCode());
    assertRefused(
        org.delete("units/" + id(audit), "Accept-Language", "en"),
        "id",
        "org.position.hasReports",
        "1 positions report to this one; give them another manager first.");
    assertEquals(audit, org.unit(id(audit)));

    assertEquals(204, org.delete("positions/" + liaison).statusCode());
    HttpResponse<String> gone = org.delete("units/" + id(audit));
    assertEquals(204, gone.statusCode(), gone.body());
    assertEquals(404, org.get("positions/" + head(audit)).statusCode());
    assertEquals(List.of(), org.assignments(lisa));
  }

  @Test
  void someoneWhoLeavesHoldsNothingFromTodayOn() {
    JsonObject ops = org.createUnit(id(company), "DEPARTMENT", "Operations", "COO");
    long clerk = id(org.createPosition(id(ops), "Clerk", head(ops), 1));
    long planner = id(org.createPosition(id(ops), "Planner", head(ops), 1));
    long nina = id(org.createStaff("Nina"));
    org.assign(nina, clerk, TODAY.minusDays(30), null, false);
    org.assign(nina, planner, TODAY.plusDays(10), null, false);

    HttpResponse<String> left = org.put("staff/" + nina + "/active", JsonValue.FALSE);
    assertEquals(200, left.statusCode(), left.body());
    assertFalse(Http.json(left).getBoolean("active"));
    List<JsonObject> held = org.assignments(nina);
    assertEquals(1, held.size(), "the planner post she never took up is gone");
    assertEquals(TODAY.minusDays(1).toString(), held.get(0).getString("endsOn"));

    long omar = id(org.createStaff("Omar"));
    org.assign(omar, clerk, TODAY, null, false);
    org.assign(omar, planner, TODAY.plusDays(10), null, false);
  }

  @Test
  void nobodyIsOnTheStaffTwice() throws Exception {
    URI root = base.toURI();
    String email = PermissionsIT.addUser(root, tenant, "ann", List.of());
    long user = PermissionsIT.userId(root, tenant, email);
    org.createStaff("Ann", "E-100", "ann@" + tenant + ".example", user);
    long bob = id(org.createStaff("Bob", "E-200", null, null));

    assertRefused(
        org.post("staff", OrgApi.staffBody("Ann 2", "e-100", null, null), "Accept-Language", "en"),
        "employeeNo",
        "org.staff.employeeNoTaken",
        "Employee number e-100 is already on the staff.");
    assertRefused(
        org.post(
            "staff", OrgApi.staffBody("Ann 3", "e-100", null, null), "Accept-Language", "zh-CN"),
        "employeeNo",
        "org.staff.employeeNoTaken",
        "工号 e-100 已存在。");
    assertRefused(
        org.post(
            "staff",
            OrgApi.staffBody("Ann 4", null, "ANN@" + tenant + ".example", null),
            "Accept-Language",
            "en"),
        "email",
        "org.staff.emailTaken",
        "ANN@" + tenant + ".example is already on the staff.");
    assertRefused(
        org.post("staff", OrgApi.staffBody("Ann 5", null, null, user), "Accept-Language", "en"),
        "userId",
        "org.staff.userTaken",
        "This user is already on the staff.");
    assertRefused(
        org.put(
            "staff/" + bob,
            OrgApi.edit(org.staff().get(1)).add("employeeNo", "E-100").build(),
            "Accept-Language",
            "en"),
        "employeeNo",
        "org.staff.employeeNoTaken",
        "Employee number E-100 is already on the staff.");

    assertEquals(
        List.of("Ann", "Bob"), org.staff().stream().map(s -> s.getString("name")).toList());
    assertEquals("E-200", org.staff().get(1).getString("employeeNo"));
    assertEquals(2, count("staff_member"));
  }

  @Test
  void actingPeriodsOfAPositionDoNotOverlapAndTheHeadcountIsKept() throws Exception {
    JsonObject ops = org.createUnit(id(company), "DEPARTMENT", "Operations", "COO");
    long controller = id(org.createPosition(id(ops), "Controller", head(ops), 1));
    org.assign(id(org.createStaff("Hugo")), controller, TODAY.minusDays(30), null, false);
    long ivy = id(org.createStaff("Ivy"));
    long ivyActs = id(org.assign(ivy, controller, TODAY.plusDays(10), TODAY.plusDays(20), true));
    long jack = id(org.createStaff("Jack"));
    long kim = id(org.createStaff("Kim"));
    int assignments = count("position_assignment");

    assertRefused(
        org.post(
            "staff/" + jack + "/assignments",
            OrgApi.assignmentBody(controller, TODAY.plusDays(15), TODAY.plusDays(25), true),
            "Accept-Language",
            "en"),
        "startsOn",
        "org.assignment.actingOverlap",
        "Someone already acts in this position from "
            + TODAY.plusDays(10)
            + " to "
            + TODAY.plusDays(20)
            + ".");
    assertRefused(
        org.post(
            "staff/" + kim + "/assignments",
            OrgApi.assignmentBody(controller, TODAY, null, false),
            "Accept-Language",
            "en"),
        "positionId",
        "org.assignment.headcountFull",
        "\"Controller\" has no free place in that period (headcount 1).");
    assertRefused(
        org.post(
            "staff/" + kim + "/assignments",
            OrgApi.assignmentBody(controller, TODAY, null, false),
            "Accept-Language",
            "zh-CN"),
        "positionId",
        "org.assignment.headcountFull",
        "“Controller”的 1 个编制在该期间已满。");

    assertEquals(List.of(), org.assignments(jack));
    assertEquals(List.of(), org.assignments(kim));
    assertEquals(assignments, count("position_assignment"));

    // Acting right after Ivy is fine; stretching Ivy's period over Jack's is not.
    org.assign(jack, controller, TODAY.plusDays(21), TODAY.plusDays(25), true);
    assertRefused(
        endAssignment(ivy, ivyActs, TODAY.plusDays(22), "Accept-Language", "en"),
        "startsOn",
        "org.assignment.actingOverlap",
        "Someone already acts in this position from "
            + TODAY.plusDays(21)
            + " to "
            + TODAY.plusDays(25)
            + ".");
    assertEquals(TODAY.plusDays(20).toString(), org.assignments(ivy).get(0).getString("endsOn"));
    assertEquals(200, endAssignment(ivy, ivyActs, TODAY.plusDays(15)).statusCode(), "shorter");

    // Nor can a holder's end move past the day the place goes to someone else.
    long clerk = id(org.createPosition(id(ops), "Clerk", head(ops), 1));
    long liam = id(org.createStaff("Liam"));
    long liamHolds = id(org.assign(liam, clerk, TODAY.minusDays(30), TODAY.plusDays(5), false));
    org.assign(id(org.createStaff("Mia")), clerk, TODAY.plusDays(6), null, false);
    assertRefused(
        endAssignment(liam, liamHolds, TODAY.plusDays(10), "Accept-Language", "en"),
        "positionId",
        "org.assignment.headcountFull",
        "\"Clerk\" has no free place in that period (headcount 1).");
    assertEquals(TODAY.plusDays(5).toString(), org.assignments(liam).get(0).getString("endsOn"));
  }

  private HttpResponse<String> endAssignment(
      long staff, long assignment, LocalDate on, String... headers) {
    return org.put(
        "staff/" + staff + "/assignments/" + assignment + "/end",
        Json.createValue(on.toString()),
        headers);
  }

  @Test
  void aChangeBasedOnAStaleReadIsRefusedWith409() {
    JsonObject ops = org.createUnit(id(company), "DEPARTMENT", "Operations", "COO");
    long planner = id(org.createPosition(id(ops), "Planner", head(ops), 2));
    JsonObject hank = org.createStaff("Hank");

    JsonObject unitRead = org.unit(id(ops));
    JsonObject renamed = changed(org.put("units/" + id(ops), unitChange(unitRead, "Ops")));
    assertConflict(org.put("units/" + id(ops), unitChange(unitRead, "Operations 2")));
    changed(org.put("units/" + id(ops), unitChange(renamed, "Operations 3")));
    assertEquals("Operations 3", org.unit(id(ops)).getString("name"));

    JsonObject positionRead = org.position(planner);
    JsonObject retitled =
        changed(
            org.put(
                "positions/" + planner,
                OrgApi.edit(positionRead).add("title", "Planner 2").build()));
    assertConflict(
        org.put(
            "positions/" + planner, OrgApi.edit(positionRead).add("title", "Planner X").build()));
    changed(
        org.put("positions/" + planner, OrgApi.edit(retitled).add("title", "Planner 3").build()));
    assertEquals("Planner 3", org.position(planner).getString("title"));

    JsonObject staffRead = org.staff().get(0);
    JsonObject hank2 =
        changed(org.put("staff/" + id(hank), OrgApi.edit(staffRead).add("name", "Hank 2").build()));
    assertConflict(
        org.put("staff/" + id(hank), OrgApi.edit(staffRead).add("name", "Hank X").build()));
    changed(org.put("staff/" + id(hank), OrgApi.edit(hank2).add("name", "Hank 3").build()));
    assertEquals("Hank 3", org.staff().get(0).getString("name"));
  }

  private static JsonObject changed(HttpResponse<String> response) {
    assertEquals(200, response.statusCode(), response.body());
    return Http.json(response);
  }

  private static void assertConflict(HttpResponse<String> response) {
    assertEquals(409, response.statusCode(), response.body());
    assertEquals(409, Http.json(response).getInt("status"));
    assertTrue(!Http.json(response).getString("detail").isBlank(), response.body());
  }

  private static JsonObject unitChange(JsonObject read, long parentId) {
    return Json.createObjectBuilder(read).remove("id").add("parentId", parentId).build();
  }

  private static JsonObject unitChange(JsonObject read, String name) {
    return Json.createObjectBuilder(read).remove("id").add("name", name).build();
  }

  private static long head(JsonObject unit) {
    return unit.getJsonNumber("headPositionId").longValue();
  }

  /** Rows of the tenant in an org table, read past the application. */
  private int count(String table) throws Exception {
    try (Connection db = TestDatabase.asAdmin()) {
      return Integer.parseInt(
          TestDatabase.strings(db, "SELECT count(*) FROM " + table + " WHERE tenant_id = ?", tenant)
              .get(0));
    }
  }
}
