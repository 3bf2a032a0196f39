package com.opsuite.it;

import static com.opsuite.it.Http.asTenant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A disabled module is invisible and unreachable for its tenant, and its data is back on re-enable.
 */
@ExtendWith(ArquillianExtension.class)
class ModulesIT {

  @ArquillianResource URL base;

  @Test
  void disablingHidesMenuPagesAndApiAndKeepsTheData() throws Exception {
    String tenant = TestTenants.signUp(base.toURI(), "mod", "gas-inspection", "online-ops");
    assertEquals(
        200,
        Http.put(
                uri("api/v1/gas-inspection/settings"),
                "{\"no-purchase-months\":\"5\"}",
                asTenant(tenant))
            .statusCode());
    assertTrue(
        Http.get(uri("t/" + tenant + "/"), Http.pageSession(base.toURI(), tenant))
            .body()
            .contains("data-module=\"gas-inspection\""));

    assertEquals(
        200,
        Http.put(uri("api/v1/core/modules/gas-inspection"), "{\"enabled\":false}", asTenant(tenant))
            .statusCode());

    String home = Http.get(uri("t/" + tenant + "/"), Http.pageSession(base.toURI(), tenant)).body();
    assertFalse(
        home.contains("data-module=\"gas-inspection\""), "no menu entry for a disabled module");
    assertTrue(home.contains("data-module=\"online-ops\""));
    assertEquals(
        404,
        Http.get(
                uri("t/" + tenant + "/gas-inspection/index.xhtml"),
                Http.pageSession(base.toURI(), tenant))
            .statusCode());
    assertEquals(
        404, Http.get(uri("api/v1/gas-inspection/settings"), asTenant(tenant)).statusCode());
    assertEquals(
        200,
        Http.get(
                uri("t/" + tenant + "/online-ops/index.xhtml"),
                Http.pageSession(base.toURI(), tenant))
            .statusCode());

    assertEquals(
        200,
        Http.put(uri("api/v1/core/modules/gas-inspection"), "{\"enabled\":true}", asTenant(tenant))
            .statusCode());

    assertEquals(
        200,
        Http.get(
                uri("t/" + tenant + "/gas-inspection/index.xhtml"),
                Http.pageSession(base.toURI(), tenant))
            .statusCode());
    JsonObject months =
        Http.jsonArray(Http.get(uri("api/v1/gas-inspection/settings"), asTenant(tenant)))
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(s -> s.getString("key").equals("no-purchase-months"))
            .findFirst()
            .orElseThrow();
    assertEquals("5", months.getString("value"), "the module's data is kept while disabled");
  }

  @Test
  void aModuleNeverEnabledIsUnreachable() throws Exception {
    String tenant = TestTenants.signUp(base.toURI(), "mod-none", "online-ops");

    assertEquals(
        404,
        Http.get(
                uri("t/" + tenant + "/dental-ops/index.xhtml"),
                Http.pageSession(base.toURI(), tenant))
            .statusCode());
    assertEquals(404, Http.get(uri("api/v1/dental-ops/settings"), asTenant(tenant)).statusCode());
    assertEquals(
        404,
        Http.put(uri("api/v1/core/modules/no-such-module"), "{\"enabled\":true}", asTenant(tenant))
            .statusCode());
  }

  private URI uri(String path) throws Exception {
    return base.toURI().resolve(path);
  }
}
