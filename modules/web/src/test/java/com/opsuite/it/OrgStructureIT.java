package com.opsuite.it;

import static com.opsuite.it.OrgApi.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The unit tree and the reporting lines through REST: the company root appears by itself, units and
 * positions hang under it, and "my managers", "my department head" and "everyone under me" follow
 * who holds which position on the day asked about, skipping vacant positions and counting acting
 * holders for their period only.
 */
@ExtendWith(ArquillianExtension.class)
class OrgStructureIT {

  private static final LocalDate TODAY = LocalDate.now();

  @ArquillianResource URL base;

  @Test
  void theCompanyRootExistsWithAGeneralManagerAndUnitsHangUnderIt() throws Exception {
    String tenant = TestTenants.signUp(base.toURI(), "org-tree");
    OrgApi org = new OrgApi(base.toURI(), tenant);

    JsonObject company = org.company();
    assertEquals("Company " + tenant, company.getString("name"));
    assertEquals(1, org.units().size(), "reading twice creates no second company");
    long gm = company.getJsonNumber("headPositionId").longValue();
    assertEquals("总经理", org.position(gm).getString("title"), "named in the tenant's language");

    JsonObject tech = org.createUnit(id(company), "DEPARTMENT", "Technology", "CTO");
    JsonObject sales = org.createUnit(id(company), "DEPARTMENT", "Sales", "Sales director");
    JsonObject east = org.createUnit(id(sales), "GROUP", "East", "East lead");
    JsonObject platform = org.createUnit(id(tech), "GROUP", "Platform", "Platform lead");

    JsonObject salesHead = org.position(head(sales));
    assertEquals("Sales director", salesHead.getString("title"));
    assertEquals(id(sales), salesHead.getJsonNumber("unitId").longValue());
    assertEquals(gm, salesHead.getJsonNumber("reportsToId").longValue(), "heads report upwards");
    assertEquals(head(sales), org.position(head(east)).getJsonNumber("reportsToId").longValue());
    assertEquals(head(tech), org.position(head(platform)).getJsonNumber("reportsToId").longValue());

    // Parents before children, siblings by name (byte order): the order a tree view shows.
    assertEquals(
        List.of("Company " + tenant, "Sales", "East", "Technology", "Platform"),
        org.units().stream().map(u -> u.getString("name")).toList());
    Set<Long> seen = new HashSet<>();
    for (JsonObject unit : org.units()) {
      assertTrue(
          !unit.containsKey("parentId")
              || seen.contains(unit.getJsonNumber("parentId").longValue()),
          unit + " comes after its parent");
      seen.add(id(unit));
    }

    // Moved, East's head follows: it reported to the old parent's head, now to the new one's.
    HttpResponse<String> moved =
        org.put(
            "units/" + id(east),
            Json.createObjectBuilder(org.unit(id(east)))
                .remove("id")
                .add("parentId", id(tech))
                .build());
    assertEquals(200, moved.statusCode(), moved.body());
    assertEquals(id(tech), Http.json(moved).getJsonNumber("parentId").longValue());
    assertEquals(head(tech), org.position(head(east)).getJsonNumber("reportsToId").longValue());
    assertEquals(
        List.of("Company " + tenant, "Sales", "Technology", "East", "Platform"),
        org.units().stream().map(u -> u.getString("name")).toList());
  }

  @Test
  void reportingLinesFollowTheHoldersOfTheDayWithVacanciesSkippedAndActingHoldersCounted()
      throws Exception {
    URI root = base.toURI();
    String tenant = TestTenants.signUp(root, "org-lines");
    OrgApi org = new OrgApi(root, tenant);
    JsonObject company = org.company();
    long gm = company.getJsonNumber("headPositionId").longValue();
    JsonObject sales = org.createUnit(id(company), "DEPARTMENT", "Sales", "Sales director");
    JsonObject east = org.createUnit(id(sales), "GROUP", "East", "East lead");
    long rep = id(org.createPosition(id(east), "Sales rep", head(east), 3));
    JsonObject tech = org.createUnit(id(company), "DEPARTMENT", "Technology", "CTO");
    JsonObject platform = org.createUnit(id(tech), "GROUP", "Platform", "Platform lead");
    long engineer = id(org.createPosition(id(platform), "Engineer", head(platform), 5));

    long adminUser = PermissionsIT.userId(root, tenant, TestTenants.adminEmail(tenant));
    long gao = id(org.createStaff("Gao", "E001", "gao@" + tenant + ".example", adminUser));
    long sally = staffIn(org, "Sally", head(sales), TODAY.minusDays(400), null, false);
    // East lead is vacant; Alice acts in it from two days ago for ten days.
    long alice = staffIn(org, "Alice", head(east), TODAY.minusDays(2), TODAY.plusDays(10), true);
    long rita = staffIn(org, "Rita", rep, TODAY.minusDays(100), null, false);
    long ron = staffIn(org, "Ron", rep, TODAY.minusDays(100), null, false);
    staffIn(org, "Olga", rep, TODAY.minusDays(300), TODAY.minusDays(1), false);
    long carl = staffIn(org, "Carl", head(tech), TODAY.minusDays(400), null, false);
    long paul = staffIn(org, "Paul", head(platform), TODAY.minusDays(400), null, false);
    // Petra will cover the platform lead, who stays its holder, during a leave.
    long petra =
        staffIn(org, "Petra", head(platform), TODAY.plusDays(20), TODAY.plusDays(30), true);
    long eve = staffIn(org, "Eve", engineer, TODAY.minusDays(50), null, false);
    staffIn(org, "Evan", engineer, TODAY.minusDays(50), null, false);
    org.assign(gao, gm, TODAY.minusDays(1000), null, false);

    JsonObject acting = org.assignments(alice).get(0);
    assertTrue(acting.getBoolean("acting"));
    assertEquals(TODAY.plusDays(10).toString(), acting.getString("endsOn"));

    // Managers: the holders of the first held position up the line.
    assertEquals(List.of("Alice"), org.names(managers(rita, TODAY)), "the acting holder");
    assertEquals(List.of("Sally"), org.names(managers(rita, TODAY.minusDays(5))), "vacancy");
    assertEquals(List.of("Paul"), org.names(managers(eve, TODAY)));
    assertEquals(List.of("Paul", "Petra"), org.names(managers(eve, TODAY.plusDays(25))));
    assertEquals(List.of("Carl"), org.names(managers(petra, TODAY.plusDays(25))));
    assertEquals(List.of("Sally"), org.names(managers(alice, TODAY)));
    assertEquals(List.of("Gao"), org.names(managers(sally, TODAY)));
    assertEquals(List.of(), org.names(managers(gao, TODAY)), "the top has nobody above");

    // Department heads: the head of one's own unit, or of the unit above for the head.
    assertEquals(List.of("Alice"), org.names(heads(rita, TODAY)));
    assertEquals(List.of("Sally"), org.names(heads(rita, TODAY.minusDays(5))));
    assertEquals(List.of("Sally"), org.names(heads(alice, TODAY)), "her own unit's is herself");
    assertEquals(List.of("Paul"), org.names(heads(eve, TODAY)));
    assertEquals(List.of("Gao"), org.names(heads(sally, TODAY)));
    assertEquals(List.of("Gao"), org.names(heads(carl, TODAY)));
    assertEquals(List.of(), org.names(heads(gao, TODAY)));

    // Everyone under: at any depth, through vacant positions, the holders of that day.
    List<String> everyoneToday =
        List.of("Alice", "Carl", "Evan", "Eve", "Paul", "Rita", "Ron", "Sally");
    assertEquals(everyoneToday, org.names(team(gao, TODAY)));
    assertEquals(
        List.of("Carl", "Evan", "Eve", "Paul", "Petra", "Rita", "Ron", "Sally"),
        org.names(team(gao, TODAY.plusDays(25))),
        "Alice's acting has ended, Petra's has begun");
    assertEquals(
        List.of("Carl", "Evan", "Eve", "Olga", "Paul", "Rita", "Ron", "Sally"),
        org.names(team(gao, TODAY.minusDays(50))),
        "Olga still held her position then");
    assertEquals(List.of("Alice", "Rita", "Ron"), org.names(team(sally, TODAY)));
    assertEquals(List.of("Rita", "Ron"), org.names(team(alice, TODAY)), "acting brings the team");
    assertEquals(List.of(), org.names(team(alice, TODAY.minusDays(5))));
    assertEquals(List.of("Evan", "Eve"), org.names(team(paul, TODAY)));
    assertEquals(List.of(), org.names(team(ron, TODAY)));
    assertEquals(everyoneToday, org.names("staff/me/team"), "the administrator is Gao");
  }

  private static long staffIn(
      OrgApi org, String name, long position, LocalDate from, LocalDate to, boolean acting) {
    long staff = id(org.createStaff(name));
    org.assign(staff, position, from, to, acting);
    return staff;
  }

  private static long head(JsonObject unit) {
    return unit.getJsonNumber("headPositionId").longValue();
  }

  private static String managers(long staff, LocalDate on) {
    return "staff/" + staff + "/managers?on=" + on;
  }

  private static String heads(long staff, LocalDate on) {
    return "staff/" + staff + "/department-heads?on=" + on;
  }

  private static String team(long staff, LocalDate on) {
    return "staff/" + staff + "/team?on=" + on;
  }
}
