package com.opsuite.it;

import static com.opsuite.it.Http.asTenant;
import static com.opsuite.it.Http.asUser;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Endpoints check permissions: a user without one gets 403 naming it; roles are edited and assigned
 * by those who manage them, and a change takes effect on the next request.
 */
@ExtendWith(ArquillianExtension.class)
class PermissionsIT {

  static final String INSPECTOR_PASSWORD = "Inspect0r-pass";

  @ArquillianResource URL base;

  @Test
  void aUserWithoutThePermissionIsRefusedWith403() throws Exception {
    URI root = base.toURI();
    String tenant = TestTenants.signUp(root, "perm-403", "gas-inspection");
    String inspector = addUser(root, tenant, "inspector", List.of("gas-inspection.inspector"));

    HttpResponse<String> audit =
        Http.get(
            root.resolve("api/v1/core/audit"),
            asUser(tenant, inspector, INSPECTOR_PASSWORD, "Accept-Language", "en"));
    assertEquals(403, audit.statusCode(), audit.body());
    JsonObject problem = Http.json(audit);
    assertEquals("urn:opsuite:problem:forbidden", problem.getString("type"));
    assertEquals("This needs the permission core.audit.read.", problem.getString("detail"));

    HttpResponse<String> change =
        Http.put(
            root.resolve("api/v1/core/settings"),
            "{\"lockout-attempts\":\"1\"}",
            asUser(tenant, inspector, INSPECTOR_PASSWORD, "Accept-Language", "zh-CN"));
    assertEquals(403, change.statusCode(), change.body());
    assertEquals("此操作需要权限 core.settings.edit。", Http.json(change).getString("detail"));
    assertEquals(
        403,
        Http.put(
                root.resolve("api/v1/core/modules/app-ops"),
                "{\"enabled\":true}",
                asUser(tenant, inspector, INSPECTOR_PASSWORD))
            .statusCode());
    assertEquals(
        403,
        Http.get(root.resolve("api/v1/core/users"), asUser(tenant, inspector, INSPECTOR_PASSWORD))
            .statusCode());

    // What needs no particular permission stays open to every signed-in user.
    assertEquals(
        200,
        Http.get(root.resolve("api/v1/core/modules"), asUser(tenant, inspector, INSPECTOR_PASSWORD))
            .statusCode());
    JsonObject me =
        Http.json(
            Http.get(
                root.resolve("api/v1/core/account"),
                asUser(tenant, inspector, INSPECTOR_PASSWORD)));
    assertTrue(me.getJsonArray("permissions").toString().contains("gas.inspection.perform"));
    assertFalse(me.getJsonArray("permissions").toString().contains("core.audit.read"));
  }

  @Test
  void aRoleEditTakesEffectOnTheNextRequestAndIsAudited() throws Exception {
    URI root = base.toURI();
    String tenant = TestTenants.signUp(root, "perm-edit", "gas-inspection");
    String auditor = addUser(root, tenant, "auditor", List.of());

    HttpResponse<String> created =
        Http.put(
            root.resolve("api/v1/core/roles/custom.log-reader"),
            "{\"permissions\":[\"core.audit.read\"],\"dataScope\":\"DEPARTMENT\"}",
            asTenant(tenant));
    assertEquals(200, created.statusCode(), created.body());
    assertEquals("DEPARTMENT", Http.json(created).getString("dataScope"));
    String[] asAuditor = asUser(tenant, auditor, INSPECTOR_PASSWORD);
    assertEquals(403, Http.get(root.resolve("api/v1/core/audit"), asAuditor).statusCode());

    long id = userId(root, tenant, auditor);
    HttpResponse<String> assigned =
        UserRoles.set(root, id, "[\"custom.log-reader\"]", asTenant(tenant));
    assertEquals(200, assigned.statusCode(), assigned.body());
    assertEquals(200, Http.get(root.resolve("api/v1/core/audit"), asAuditor).statusCode());

    HttpResponse<String> unknown =
        Http.put(
            root.resolve("api/v1/core/roles/custom.bad"),
            "{\"permissions\":[\"core.no-such-thing\"]}",
            asTenant(tenant, "Accept-Language", "en"));
    assertEquals(400, unknown.statusCode());
    assertTrue(unknown.body().contains("Unknown permissions: core.no-such-thing."), unknown.body());
    assertEquals(
        400,
        Http.delete(root.resolve("api/v1/core/roles/core.tenant-admin"), asTenant(tenant))
            .statusCode(),
        "built-in roles stay");

    assertEquals(
        204,
        Http.delete(root.resolve("api/v1/core/roles/custom.log-reader"), asTenant(tenant))
            .statusCode());
    assertEquals(403, Http.get(root.resolve("api/v1/core/audit"), asAuditor).statusCode());
    try (Connection db = TestDatabase.asAdmin()) {
      assertEquals(
          List.of("role.created", "role.assigned", "role.deleted"),
          TestDatabase.strings(
              db,
              "SELECT action FROM audit_event WHERE tenant_id = ? AND target IN ('custom.log-reader', 'user "
                  + id
                  + "') ORDER BY id",
              tenant));
    }
  }

  @Test
  void anAdministratorReachesNoUserOrRoleOfAnotherTenant() throws Exception {
    URI root = base.toURI();
    String a = TestTenants.signUp(root, "perm-iso-a", "gas-inspection");
    String b = TestTenants.signUp(root, "perm-iso-b", "gas-inspection");
    String inspector = addUser(root, a, "inspector", List.of("gas-inspection.inspector"));
    long id = userId(root, a, inspector);

    assertFalse(
        Http.get(root.resolve("api/v1/core/users"), asTenant(b)).body().contains(inspector),
        "B's user list holds nothing of A");
    assertEquals(
        404,
        Http.put(
                root.resolve("api/v1/core/users/" + id + "/roles"),
                "[\"core.tenant-admin\"]",
                asTenant(b))
            .statusCode(),
        "A's user id means nothing in B");
    assertEquals(
        404,
        Http.put(root.resolve("api/v1/core/users/" + id + "/active"), "false", asTenant(b))
            .statusCode());
    assertEquals(
        List.of("gas-inspection.inspector"),
        Http.jsonArray(Http.get(root.resolve("api/v1/core/users"), asTenant(a)))
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(u -> u.getString("email").equals(inspector))
            .findFirst()
            .orElseThrow()
            .getJsonArray("roles")
            .getValuesAs(jakarta.json.JsonString.class)
            .stream()
            .map(jakarta.json.JsonString::getString)
            .toList(),
        "A's user keeps exactly the roles A gave");

    // A role A creates is A's: B neither sees it nor can assign it.
    Http.put(
        root.resolve("api/v1/core/roles/custom.a-only"),
        "{\"permissions\":[\"core.audit.read\"]}",
        asTenant(a));
    assertFalse(
        Http.get(root.resolve("api/v1/core/roles"), asTenant(b)).body().contains("custom.a-only"));
    assertEquals(
        404,
        Http.delete(root.resolve("api/v1/core/roles/custom.a-only"), asTenant(b)).statusCode());
  }

  /** Adds a user with the roles and returns their e-mail. */
  static String addUser(URI root, String tenant, String name, List<String> roles) {
    String email = name + "@" + tenant + ".example";
    HttpResponse<String> response =
        Http.post(
            root.resolve("api/v1/core/users"),
            Json.createObjectBuilder()
                .add("email", email)
                .add("displayName", name)
                .add("password", INSPECTOR_PASSWORD)
                .add("roles", Json.createArrayBuilder(roles))
                .build()
                .toString(),
            asTenant(tenant));
    assertEquals(201, response.statusCode(), response.body());
    assertFalse(response.body().contains(INSPECTOR_PASSWORD));
    return email;
  }

  static long userId(URI root, String tenant, String email) {
    return Http.jsonArray(Http.get(root.resolve("api/v1/core/users"), asTenant(tenant)))
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(u -> u.getString("email").equals(email))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  @Test
  void theTenantNeverLosesItsLastAdministratorNorTheAdministratorsAllPermissions()
      throws Exception {
    URI root = base.toURI();
    String tenant = TestTenants.signUp(root, "perm-last-admin");
    String admin = TestTenants.adminEmail(tenant);
    long adminId = userId(root, tenant, admin);

    HttpResponse<String> dropRole =
        UserRoles.set(root, adminId, "[]", asTenant(tenant, "Accept-Language", "en"));
    assertEquals(400, dropRole.statusCode(), dropRole.body());
    assertTrue(dropRole.body().contains("last active administrator"), dropRole.body());
    HttpResponse<String> deactivate =
        Http.put(
            root.resolve("api/v1/core/users/" + adminId + "/active"),
            "false",
            asTenant(tenant, "Accept-Language", "zh-CN"));
    assertEquals(400, deactivate.statusCode(), deactivate.body());
    assertTrue(deactivate.body().contains("最后一位在用的管理员"), deactivate.body());
    HttpResponse<String> narrowAdmin =
        Http.put(
            root.resolve("api/v1/core/roles/core.tenant-admin"),
            Json.createObjectBuilder()
                .add("permissions", Json.createArrayBuilder().add("core.audit.read"))
                .add("dataScope", "ALL")
                .build()
                .toString(),
            asTenant(tenant, "Accept-Language", "en"));
    assertEquals(400, narrowAdmin.statusCode(), narrowAdmin.body());

    // Still an administrator with every permission, including ones declared after signup.
    HttpResponse<String> me = Http.get(root.resolve("api/v1/core/account"), asTenant(tenant));
    assertTrue(me.body().contains("core.org.manage"), me.body());
    assertTrue(me.body().contains("core.confidential.read"), me.body());

    // With a second administrator, the first may step down.
    addUser(root, tenant, "deputy", List.of("core.tenant-admin"));
    assertEquals(
        200,
        UserRoles.set(root, adminId, "[\"core.tenant-admin\"]", asTenant(tenant)).statusCode());
  }
}
