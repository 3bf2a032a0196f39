package com.opsuite.it;

import static com.opsuite.it.OrgApi.id;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Positions carry rights, and a right limited to the department reaches only the holder's
 * department subtree: holding a position gives its roles for as long as one holds it, and a
 * department-scoped reader sees, and may look up, only the staff of their own units and the units
 * below.
 */
@ExtendWith(ArquillianExtension.class)
class DataScopeIT {

  private static final LocalDate TODAY = LocalDate.now();

  @ArquillianResource URL base;

  @Test
  void aDepartmentScopedReaderSeesTheirSubtreeOnlyAndOnlyWhileHoldingThePosition()
      throws Exception {
    URI root = base.toURI();
    String tenant = TestTenants.signUp(root, "org-scope");
    OrgApi org = new OrgApi(root, tenant);
    JsonObject company = org.company();
    JsonObject sales = org.createUnit(id(company), "DEPARTMENT", "Sales", "Sales director");
    JsonObject east = org.createUnit(id(sales), "GROUP", "East", "East lead");
    long rep = id(org.createPosition(id(east), "Rep", head(east), 5));
    JsonObject tech = org.createUnit(id(company), "DEPARTMENT", "Technology", "CTO");
    long engineer = id(org.createPosition(id(tech), "Engineer", head(tech), 5));

    HttpResponse<String> role =
        Http.put(
            root.resolve("api/v1/core/roles/custom.dept-reader"),
            "{\"permissions\":[\"core.org.read\"],\"dataScope\":\"DEPARTMENT\"}",
            Http.asTenant(tenant));
    assertEquals(200, role.statusCode(), role.body());
    JsonObject director = org.position(head(sales));
    HttpResponse<String> rights =
        org.put(
            "positions/" + id(director),
            OrgApi.edit(director)
                .add("roles", Json.createArrayBuilder().add("custom.dept-reader"))
                .build());
    assertEquals(200, rights.statusCode(), rights.body());

    String samEmail = PermissionsIT.addUser(root, tenant, "sam", List.of());
    long sam = id(org.createStaff("Sam", null, null, PermissionsIT.userId(root, tenant, samEmail)));
    long samHolds = id(org.assign(sam, head(sales), TODAY.minusDays(30), null, false));
    long rita = staffIn(org, "Rita", rep);
    staffIn(org, "Eli", head(east));
    long carl = staffIn(org, "Carl", head(tech));
    staffIn(org, "Tina", engineer);
    long nora = id(org.createStaff("Nora"));
    String[] asSam = Http.asUser(tenant, samEmail, PermissionsIT.INSPECTOR_PASSWORD);

    assertEquals(List.of("Eli", "Rita", "Sam"), names(root, asSam, "staff"), "Sales and East");
    assertEquals(200, get(root, asSam, "staff/" + rita).statusCode());
    assertEquals(List.of("Eli"), names(root, asSam, "staff/" + rita + "/managers"));
    for (long outside : new long[] {carl, nora}) {
      assertEquals(404, get(root, asSam, "staff/" + outside).statusCode(), "as for a stranger");
      assertEquals(404, get(root, asSam, "staff/" + outside + "/team").statusCode());
      assertEquals(404, get(root, asSam, "staff/" + outside + "/assignments").statusCode());
    }
    assertEquals(200, get(root, asSam, "units").statusCode(), "a right held through the position");
    assertEquals(
        403,
        Http.post(org.uri("staff"), OrgApi.staffBody("Mallory", null, null, null).toString(), asSam)
            .statusCode(),
        "the position gives reading only");
    assertEquals(
        List.of("Carl", "Eli", "Nora", "Rita", "Sam", "Tina"),
        org.names("staff"),
        "the administrator's scope is everything");

    HttpResponse<String> ended =
        org.put(
            "staff/" + sam + "/assignments/" + samHolds + "/end",
            Json.createValue(TODAY.minusDays(1).toString()));
    assertEquals(200, ended.statusCode(), ended.body());
    assertEquals(403, get(root, asSam, "units").statusCode(), "the right went with the position");
    assertEquals(403, get(root, asSam, "staff").statusCode());
  }

  @Test
  void aDepartmentScopedReaderWhoIsNotOnTheStaffReachesNobody() throws Exception {
    URI root = base.toURI();
    String tenant = TestTenants.signUp(root, "org-scope2");
    OrgApi org = new OrgApi(root, tenant);
    JsonObject company = org.company();
    JsonObject sales = org.createUnit(id(company), "DEPARTMENT", "Sales", "Sales director");
    long rita = staffIn(org, "Rita", head(sales));
    Http.put(
        root.resolve("api/v1/core/roles/custom.dept-reader"),
        "{\"permissions\":[\"core.org.read\"],\"dataScope\":\"DEPARTMENT\"}",
        Http.asTenant(tenant));
    String dora = PermissionsIT.addUser(root, tenant, "dora", List.of("custom.dept-reader"));
    String[] asDora = Http.asUser(tenant, dora, PermissionsIT.INSPECTOR_PASSWORD);

    assertEquals(List.of(), names(root, asDora, "staff"));
    assertEquals(404, get(root, asDora, "staff/" + rita).statusCode());
    assertEquals(List.of(), names(root, asDora, "staff/me/team"));
  }

  private static long staffIn(OrgApi org, String name, long position) {
    long staff = id(org.createStaff(name));
    org.assign(staff, position, TODAY.minusDays(30), null, false);
    return staff;
  }

  private static HttpResponse<String> get(URI root, String[] as, String path) {
    return Http.get(root.resolve("api/v1/core/org/" + path), as);
  }

  private static List<String> names(URI root, String[] as, String path) {
    HttpResponse<String> response = get(root, as, path);
    assertEquals(200, response.statusCode(), path + ": " + response.body());
    return Http.jsonArray(response).getValuesAs(JsonObject.class).stream()
        .map(s -> s.getString("name"))
        .toList();
  }

  private static long head(JsonObject unit) {
    return unit.getJsonNumber("headPositionId").longValue();
  }

  @Test
  void anotherTenantsUnitsPositionsAndStaffAreNotFoundAndNotChanged() throws Exception {
    URI root = base.toURI();
    OrgApi a = new OrgApi(root, TestTenants.signUp(root, "org-iso-a"));
    OrgApi b = new OrgApi(root, TestTenants.signUp(root, "org-iso-b"));
    JsonObject unit = a.createUnit(id(a.company()), "DEPARTMENT", "财务部", "财务经理");
    long head = unit.getJsonNumber("headPositionId").longValue();
    JsonObject member = a.createStaff("赵敏");
    long staff = id(member);

    assertEquals(404, b.get("staff/" + staff).statusCode());
    assertEquals(404, b.get("staff/" + staff + "/team").statusCode());
    assertEquals(404, b.get("positions/" + head).statusCode());
    assertEquals(
        404,
        b.put("units/" + id(unit), Json.createObjectBuilder().add("name", "改名").build())
            .statusCode());
    assertEquals(404, b.delete("positions/" + head).statusCode());
    assertEquals(
        404,
        b.post(
                "staff/" + staff + "/assignments",
                Json.createObjectBuilder()
                    .add("positionId", head)
                    .add("startsOn", LocalDate.now().toString())
                    .build())
            .statusCode());
    assertEquals(List.of(), b.staff(), "B sees none of A's staff");

    assertEquals("财务部", a.unit(id(unit)).getString("name"), "A's unit unchanged");
    assertEquals(List.of(), a.assignments(staff), "nothing assigned through B");
  }
}
