package com.opsuite.it;

import static com.opsuite.it.Http.asTenant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Modules declare their permissions and the default roles of their seed's positions; a tenant gets
 * the roles of the modules it enables, once, and its first administrator holds every permission.
 */
@ExtendWith(ArquillianExtension.class)
class RolesIT {

  @ArquillianResource URL base;

  @Test
  void signupCreatesTheAdministratorAndTheEnabledModulesRoles() throws Exception {
    String tenant = TestTenants.signUp(base.toURI(), "roles", "gas-inspection");

    Map<String, JsonObject> roles = roles(tenant, "zh-CN");
    assertEquals(
        List.of(
            "core.tenant-admin",
            "gas-inspection.auditor",
            "gas-inspection.inspection-supervisor",
            "gas-inspection.inspector"),
        roles.keySet().stream().sorted().toList());
    assertEquals("安检员", roles.get("gas-inspection.inspector").getString("label"));
    assertEquals(
        List.of("gas.hazard.rectify", "gas.inspection.perform", "gas.theft.handle"),
        roles
            .get("gas-inspection.inspector")
            .getJsonArray("permissions")
            .getValuesAs(jakarta.json.JsonString.class)
            .stream()
            .map(s -> s.getString())
            .toList());
    assertTrue(
        roles
            .get("core.tenant-admin")
            .getJsonArray("permissions")
            .toString()
            .contains("online.campaign.approve"),
        "the administrator holds every permission, of modules not enabled yet too");
    try (Connection admin = TestDatabase.asAdmin()) {
      assertEquals(
          List.of("core.tenant-admin"),
          TestDatabase.strings(
              admin,
              "SELECT ur.role_code FROM user_role ur JOIN user_account u ON u.tenant_id = ur.tenant_id AND u.id = ur.user_id WHERE u.tenant_id = ? AND u.tenant_admin",
              tenant));
    }
  }

  @Test
  void enablingAModuleAddsItsRolesOnceAndDisablingKeepsThem() throws Exception {
    String tenant = TestTenants.signUp(base.toURI(), "roles-on");

    Http.put(uri("api/v1/core/modules/online-ops"), "{\"enabled\":true}", asTenant(tenant));
    Http.put(uri("api/v1/core/modules/online-ops"), "{\"enabled\":false}", asTenant(tenant));
    Http.put(uri("api/v1/core/modules/online-ops"), "{\"enabled\":true}", asTenant(tenant));

    Map<String, JsonObject> roles = roles(tenant, "en");
    assertEquals(7, roles.size(), roles.keySet().toString());
    assertEquals(
        "Customer-service agent",
        roles.get("online-ops.customer-service-agent").getString("label"));
  }

  @Test
  void permissionsAreListedWithLabelsInBothLanguages() throws Exception {
    String tenant = TestTenants.signUp(base.toURI(), "perm");

    Map<String, String> zh = permissions(tenant, "zh-CN");
    Map<String, String> en = permissions(tenant, "en");

    assertEquals("入户安全检查", zh.get("gas.inspection.perform"));
    assertEquals("Perform safety inspections", en.get("gas.inspection.perform"));
    assertEquals("导出审计日志", zh.get("core.audit.export"));
    assertTrue(
        zh.values().stream().noneMatch(label -> label.startsWith("???")),
        "every permission has a label");
    assertTrue(
        en.values().stream().noneMatch(label -> label.startsWith("???")),
        "every permission has a label");
  }

  private Map<String, JsonObject> roles(String tenant, String language) throws Exception {
    return Http.jsonArray(
            Http.get(uri("api/v1/core/roles"), asTenant(tenant, "Accept-Language", language)))
        .getValuesAs(JsonObject.class)
        .stream()
        .collect(Collectors.toMap(r -> r.getString("code"), r -> r));
  }

  private Map<String, String> permissions(String tenant, String language) throws Exception {
    return Http.jsonArray(
            Http.get(uri("api/v1/core/permissions"), asTenant(tenant, "Accept-Language", language)))
        .getValuesAs(JsonObject.class)
        .stream()
        .collect(Collectors.toMap(p -> p.getString("code"), p -> p.getString("label")));
  }

  private URI uri(String path) throws Exception {
    return base.toURI().resolve(path);
  }
}
