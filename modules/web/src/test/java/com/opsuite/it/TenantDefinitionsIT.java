package com.opsuite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The tenants/ folder is applied at start-up and on demand, idempotently. */
@ExtendWith(ArquillianExtension.class)
class TenantDefinitionsIT {

  private static final String KEY_HEADER = "X-Opsuite-Platform-Key";
  private static final List<String> DEMOS =
      List.of("demo-app", "demo-dental", "demo-gas", "demo-online");

  /** Everything applying a definition could touch, as the administrator sees it. */
  private static final String SNAPSHOT =
      "SELECT concat_ws('|', t.code, t.name, t.locale, t.time_zone, t.version,"
          + " (SELECT string_agg(module_id || ':' || enabled || ':' || version, ',' ORDER BY module_id) FROM tenant_module m WHERE m.tenant_id = t.code),"
          + " (SELECT string_agg(scope || '/' || key || '=' || value || ':' || version, ',' ORDER BY scope, key) FROM tenant_setting s WHERE s.tenant_id = t.code),"
          + " (SELECT count(*) FROM audit_event a WHERE a.tenant_id = t.code),"
          + " (SELECT string_agg(email || ':' || version, ',' ORDER BY email) FROM user_account u WHERE u.tenant_id = t.code))"
          + " FROM tenant t WHERE t.code LIKE 'demo-%' ORDER BY t.code";

  @ArquillianResource URL base;

  @Test
  void theDemoTenantsExistAfterStartUp() throws Exception {
    try (Connection admin = TestDatabase.asAdmin()) {
      assertEquals(
          DEMOS,
          TestDatabase.strings(
              admin, "SELECT code FROM tenant WHERE code LIKE 'demo-%' ORDER BY code"));
      assertEquals(
          List.of(
              "demo-app:app-ops",
              "demo-dental:dental-ops",
              "demo-gas:gas-inspection",
              "demo-online:online-ops"),
          TestDatabase.strings(
              admin,
              "SELECT tenant_id || ':' || module_id FROM tenant_module WHERE tenant_id LIKE 'demo-%' AND enabled ORDER BY 1"));
    }
    assertEquals(
        200,
        Http.get(
                base.toURI().resolve("t/demo-gas/gas-inspection/index.xhtml"),
                Http.pageSession(
                    base.toURI(), "demo-gas", "zhangwei@runhua-gas-demo.example", "Runhua%Gas2025"))
            .statusCode());
  }

  @Test
  void applyingAgainChangesNothingAndAChangedFileChangesOnlyItsTenant() throws Exception {
    List<String> before = snapshot();

    assertEquals(
        Map.of(
            "demo-app",
            "UNCHANGED",
            "demo-dental",
            "UNCHANGED",
            "demo-gas",
            "UNCHANGED",
            "demo-online",
            "UNCHANGED"),
        apply());
    assertEquals(before, snapshot(), "a second application changes nothing at all");

    Path file = TestTenants.definitionsDir().resolve("demo-gas.properties");
    String original = Files.readString(file, StandardCharsets.UTF_8);
    try {
      Files.writeString(
          file,
          original
              .replaceFirst("(?m)^name=.*$", "name=改名后的燃气公司")
              .replaceFirst(
                  "(?m)^setting.gas-inspection.no-purchase-months=.*$",
                  "setting.gas-inspection.no-purchase-months=4"),
          StandardCharsets.UTF_8);

      assertEquals("UPDATED", apply().get("demo-gas"));
      assertEquals("UNCHANGED", apply().get("demo-gas"));
      try (Connection admin = TestDatabase.asAdmin()) {
        assertEquals(
            List.of("改名后的燃气公司"),
            TestDatabase.strings(admin, "SELECT name FROM tenant WHERE code = 'demo-gas'"));
        assertEquals(
            List.of("4"),
            TestDatabase.strings(
                admin,
                "SELECT value FROM tenant_setting WHERE tenant_id = 'demo-gas' AND key = 'no-purchase-months'"));
      }
    } finally {
      Files.writeString(file, original, StandardCharsets.UTF_8);
      apply();
    }
  }

  @Test
  void theEndpointDoesNotExistWithoutTheOperatorKey() throws Exception {
    URI apply = base.toURI().resolve("api/v1/platform/tenant-definitions/apply");
    assertEquals(404, Http.post(apply, "").statusCode());
    assertEquals(404, Http.post(apply, "", KEY_HEADER, "wrong-key").statusCode());
  }

  private Map<String, String> apply() throws Exception {
    HttpResponse<String> response =
        Http.post(
            base.toURI().resolve("api/v1/platform/tenant-definitions/apply"),
            "",
            KEY_HEADER,
            System.getProperty("it.platform.key"));
    assertEquals(200, response.statusCode(), response.body());
    return Http.jsonArray(response).getValuesAs(JsonObject.class).stream()
        .collect(Collectors.toMap(r -> r.getString("code"), r -> r.getString("outcome")));
  }

  private static List<String> snapshot() throws Exception {
    try (Connection admin = TestDatabase.asAdmin()) {
      return TestDatabase.strings(admin, SNAPSHOT);
    }
  }
}
