package com.opsuite.it;

import static com.opsuite.it.Http.bearer;
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
 * The platform operator (configured at start) lists, suspends and reactivates tenants, and can read
 * no tenant's data; tenant users cannot use the operator's API.
 */
@ExtendWith(ArquillianExtension.class)
class PlatformOperatorIT {

  @ArquillianResource URL base;

  @Test
  void anOperatorSuspendsAndReactivatesATenantButReadsNoneOfItsData() throws Exception {
    URI root = base.toURI();
    String tenant = TestTenants.signUp(root, "op");
    String operator = operatorToken(root);
    assertTrue(
        AuthenticationIT.payload(operator)
            .getJsonArray("groups")
            .toString()
            .contains("platform-operator"));
    assertFalse(AuthenticationIT.payload(operator).containsKey("tenant"));

    HttpResponse<String> list = Http.get(root.resolve("api/v1/platform/tenants"), bearer(operator));
    assertEquals(200, list.statusCode(), list.body());
    assertTrue(
        Http.jsonArray(list).getValuesAs(JsonObject.class).stream()
            .anyMatch(
                t -> t.getString("code").equals(tenant) && t.getString("status").equals("ACTIVE")));

    HttpResponse<String> data = Http.get(root.resolve("api/v1/core/audit"), bearer(operator));
    assertEquals(403, data.statusCode(), "operators read no tenant data: " + data.body());
    assertEquals(
        403, Http.get(root.resolve("api/v1/core/settings"), bearer(operator)).statusCode());

    String tenantToken =
        Http.token(root, tenant, TestTenants.adminEmail(tenant), TestTenants.PASSWORD);
    assertEquals(
        403,
        Http.get(root.resolve("api/v1/platform/tenants"), bearer(tenantToken)).statusCode(),
        "a tenant's administrator is no operator");

    HttpResponse<String> suspended =
        Http.post(
            root.resolve("api/v1/platform/tenants/" + tenant + "/suspend"), "", bearer(operator));
    assertEquals(200, suspended.statusCode(), suspended.body());
    assertEquals("SUSPENDED", Http.json(suspended).getString("status"));
    assertEquals(
        401,
        Http.get(root.resolve("api/v1/core/modules"), bearer(tenantToken)).statusCode(),
        "a suspended tenant's tokens stop working at once");
    assertEquals(
        401,
        AuthenticationIT.signIn(root, tenant, TestTenants.adminEmail(tenant), TestTenants.PASSWORD)
            .statusCode());
    assertEquals(404, Http.get(root.resolve("t/" + tenant + "/login")).statusCode());

    assertEquals(
        200,
        Http.post(
                root.resolve("api/v1/platform/tenants/" + tenant + "/reactivate"),
                "",
                bearer(operator))
            .statusCode());
    assertEquals(
        200, Http.get(root.resolve("api/v1/core/modules"), bearer(tenantToken)).statusCode());
    assertEquals(
        404,
        Http.post(
                root.resolve("api/v1/platform/tenants/no-such-tenant/suspend"),
                "",
                bearer(operator))
            .statusCode());

    try (Connection db = TestDatabase.asAdmin()) {
      assertEquals(
          List.of("tenant.suspended", "tenant.active"),
          TestDatabase.strings(
              db, "SELECT action FROM platform_event WHERE target = ? ORDER BY id", tenant));
    }
  }

  @Test
  void wrongOperatorCredentialsAreRefused() throws Exception {
    HttpResponse<String> refused =
        Http.post(
            base.toURI().resolve("api/v1/platform/auth/token"),
            "{\"username\":\"operator\",\"password\":\"Wrong-passw0rd\"}");
    assertEquals(401, refused.statusCode());
    assertEquals(
        401,
        Http.get(base.toURI().resolve("api/v1/platform/tenants")).statusCode(),
        "no token, no list");
  }

  static String operatorToken(URI root) {
    HttpResponse<String> response =
        Http.post(
            root.resolve("api/v1/platform/auth/token"),
            Json.createObjectBuilder()
                .add("username", "operator")
                .add("password", System.getProperty("it.operator.password"))
                .build()
                .toString());
    assertEquals(200, response.statusCode(), response.body());
    return Http.json(response).getString("access_token");
  }
}
