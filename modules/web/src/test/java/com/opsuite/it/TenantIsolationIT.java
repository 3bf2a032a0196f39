package com.opsuite.it;

import static com.opsuite.it.Http.asTenant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two tenants' data never mix: pages, REST, concurrent requests on one pool, rows with the same key
 * in both tenants (EclipseLink #1333, shared cache), a left join (#1185), and unknown, suspended or
 * missing tenants.
 */
@ExtendWith(ArquillianExtension.class)
class TenantIsolationIT {

  private static final String SAME_DAY = "2026-03-01";

  @ArquillianResource URL base;

  private String a;
  private String b;

  @BeforeEach
  void twoTenantsWithTheSameKeyedRow() throws Exception {
    a = TestTenants.signUp(base.toURI(), "iso-a", "gas-inspection");
    b = TestTenants.signUp(base.toURI(), "iso-b", "online-ops");
    assertEquals(200, setDay(a, SAME_DAY, "REST", "note of " + a).statusCode());
    assertEquals(200, setDay(b, SAME_DAY, "WORKDAY", "note of " + b).statusCode());
  }

  @Test
  void eachTenantReadsOnlyItsOwnRowsAndTheCacheNeverServesTheOther() throws Exception {
    for (int i = 0; i < 5; i++) {
      assertEquals(List.of("note of " + a), notes(a));
      assertEquals(List.of("note of " + b), notes(b));
    }
  }

  @Test
  void deletingTheSameKeyRemovesOnlyTheOwnRow() throws Exception {
    assertEquals(
        204, Http.delete(uri("api/v1/core/calendar/days/" + SAME_DAY), asTenant(a)).statusCode());

    assertEquals(List.of(), notes(a));
    assertEquals(
        List.of("note of " + b), notes(b), "B's row with the same key survives A's delete");
    try (Connection admin = TestDatabase.asAdmin()) {
      assertEquals(
          List.of(b),
          TestDatabase.strings(
              admin,
              "SELECT tenant_id FROM calendar_day WHERE day = DATE '"
                  + SAME_DAY
                  + "' AND tenant_id IN (?, ?)",
              a,
              b));
    }
  }

  @Test
  void updatingTheSameKeyChangesOnlyTheOwnRow() throws Exception {
    assertEquals(200, setDay(a, SAME_DAY, "WORKDAY", "changed by " + a).statusCode());

    assertEquals(List.of("changed by " + a), notes(a));
    assertEquals(List.of("note of " + b), notes(b));
  }

  @Test
  void concurrentRequestsAlternatingTenantsOnOnePoolNeverMix() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(16);
    List<Future<String>> checks = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      String tenant = i % 2 == 0 ? a : b;
      checks.add(
          pool.submit(
              () -> {
                List<String> seen = notes(tenant);
                return seen.equals(List.of("note of " + tenant)) ? null : tenant + " saw " + seen;
              }));
    }
    List<String> mixed = new ArrayList<>();
    for (Future<String> check : checks) {
      String problem = check.get();
      if (problem != null) {
        mixed.add(problem);
      }
    }
    pool.shutdown();
    assertEquals(List.of(), mixed);
  }

  @Test
  void aLeftJoinKeepsModulesWithoutChangedSettings() throws Exception {
    assertEquals(
        200,
        Http.put(
                uri("api/v1/gas-inspection/settings"),
                "{\"no-purchase-months\":\"4\"}",
                asTenant(a))
            .statusCode());
    assertEquals(
        200,
        Http.put(uri("api/v1/core/modules/online-ops"), "{\"enabled\":true}", asTenant(a))
            .statusCode());

    List<JsonObject> modules =
        Http.jsonArray(Http.get(uri("api/v1/core/modules"), asTenant(a)))
            .getValuesAs(JsonObject.class);
    JsonObject gas = find(modules, "gas-inspection");
    JsonObject online = find(modules, "online-ops");
    assertEquals(1, gas.getInt("customizedSettings"));
    assertTrue(
        online.getBoolean("known"),
        "a module with no changed setting still appears in the left join");
    assertEquals(0, online.getInt("customizedSettings"));
  }

  @Test
  void pagesShowOnlyTheirTenant() throws Exception {
    HttpResponse<String> pageA = Http.get(uri("t/" + a + "/"), Http.pageSession(base.toURI(), a));
    HttpResponse<String> pageB = Http.get(uri("t/" + b + "/"), Http.pageSession(base.toURI(), b));
    HttpResponse<String> crossed = Http.get(uri("t/" + b + "/"), Http.pageSession(base.toURI(), a));
    assertEquals(302, crossed.statusCode(), "a session for tenant A is worthless at tenant B");
    assertTrue(
        crossed.headers().firstValue("Location").orElse("").contains("/t/" + b + "/login"),
        crossed.headers().toString());

    assertEquals(200, pageA.statusCode());
    assertTrue(pageA.body().contains("Company " + a));
    assertFalse(pageA.body().contains(b));
    assertTrue(
        pageA.body().contains("action=\"/opsuite/t/" + a + "/"),
        "form actions keep the tenant in the path");
    assertTrue(
        pageA.body().contains("href=\"/opsuite/t/" + a + "/core/settings.xhtml\""),
        "links carry the tenant exactly once");
    assertTrue(pageB.body().contains("Company " + b));
    assertFalse(pageB.body().contains(a));
  }

  @Test
  void unknownSuspendedAndMissingTenantsAreRefused() throws Exception {
    assertEquals(404, Http.get(uri("t/no-such-tenant/")).statusCode());
    assertEquals(
        404,
        Http.get(uri("t/" + a + "/no-such-module/index.xhtml"), Http.pageSession(base.toURI(), a))
            .statusCode());
    assertEquals(
        404, Http.get(uri("core/home.xhtml")).statusCode(), "a tenant page without a tenant");
    assertEquals(
        401, Http.get(uri("api/v1/core/modules")).statusCode(), "an API call without a tenant");
    assertEquals(
        401,
        AuthenticationIT.signIn(base.toURI(), "no-such-tenant", "x@y.example", "Passw0rd-x")
            .statusCode(),
        "no token for a tenant that does not exist");
    String tokenB = Http.token(base.toURI(), b, TestTenants.adminEmail(b), TestTenants.PASSWORD);

    try (Connection admin = TestDatabase.asAdmin();
        PreparedStatement suspend =
            admin.prepareStatement("UPDATE tenant SET status = 'SUSPENDED' WHERE code = ?")) {
      suspend.setString(1, b);
      suspend.executeUpdate();
    }
    assertEquals(404, Http.get(uri("t/" + b + "/")).statusCode());
    assertEquals(
        401,
        Http.get(uri("api/v1/core/calendar/2026"), Http.bearer(tokenB)).statusCode(),
        "a suspended tenant's token is worthless");
    assertEquals(
        200, Http.get(uri("t/" + a + "/"), Http.pageSession(base.toURI(), a)).statusCode());
  }

  private HttpResponse<String> setDay(String tenant, String day, String kind, String note)
      throws Exception {
    return Http.put(
        uri("api/v1/core/calendar/days/" + day),
        "{\"kind\":\"" + kind + "\",\"note\":\"" + note + "\"}",
        asTenant(tenant));
  }

  private List<String> notes(String tenant) throws Exception {
    HttpResponse<String> year = Http.get(uri("api/v1/core/calendar/2026"), asTenant(tenant));
    assertEquals(200, year.statusCode(), year.body());
    return Http.json(year).getJsonArray("entries").getValuesAs(JsonObject.class).stream()
        .map(e -> e.getString("note"))
        .toList();
  }

  private static JsonObject find(List<JsonObject> modules, String id) {
    return modules.stream().filter(m -> m.getString("id").equals(id)).findFirst().orElseThrow();
  }

  private URI uri(String path) throws Exception {
    return base.toURI().resolve(path);
  }
}
