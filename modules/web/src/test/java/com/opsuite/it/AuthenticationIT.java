package com.opsuite.it;

import static com.opsuite.it.Http.asTenant;
import static com.opsuite.it.Http.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Token sign-in for the API: the tenant comes from the signed token only; failures reveal nothing;
 * repeated failures lock the account; the password policy is the tenant's own.
 */
@ExtendWith(ArquillianExtension.class)
class AuthenticationIT {

  @ArquillianResource URL base;

  @Test
  void aTokenCarriesItsTenantAndNothingInTheRequestChangesIt() throws Exception {
    URI root = base.toURI();
    String a = TestTenants.signUp(root, "auth-a");
    String b = TestTenants.signUp(root, "auth-b");
    String tokenA = Http.token(root, a, TestTenants.adminEmail(a), TestTenants.PASSWORD);

    JsonObject claims = payload(tokenA);
    assertEquals(a, claims.getString("tenant"));
    assertEquals(TestTenants.adminEmail(a), claims.getString("upn"));
    assertEquals("opsuite", claims.getString("iss"));
    assertTrue(claims.getJsonArray("groups").toString().contains("core.tenant-admin"));
    assertTrue(
        claims.getJsonNumber("exp").longValue() - claims.getJsonNumber("iat").longValue()
            <= 15 * 60);

    // The old tenant header (and any other attempt to name tenant B) is ignored.
    HttpResponse<String> me =
        Http.get(root.resolve("api/v1/core/account"), bearer(tokenA, "X-Opsuite-Tenant", b));
    assertEquals(200, me.statusCode(), me.body());
    assertEquals(TestTenants.adminEmail(a), Http.json(me).getString("email"));
    assertFalse(me.body().contains("passwordHash") || me.body().contains("pbkdf2"), me.body());

    // A token whose tenant claim is rewritten to B no longer verifies.
    String[] parts = tokenA.split("\\.");
    String forgedPayload =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                    .replace("\"tenant\":\"" + a + "\"", "\"tenant\":\"" + b + "\"")
                    .getBytes(StandardCharsets.UTF_8));
    String forged = parts[0] + "." + forgedPayload + "." + parts[2];
    assertEquals(b, payload(forged).getString("tenant"));
    HttpResponse<String> refused = Http.get(root.resolve("api/v1/core/account"), bearer(forged));
    assertEquals(401, refused.statusCode(), refused.body());
    assertEquals("urn:opsuite:problem:unauthenticated", Http.json(refused).getString("type"));

    // An unsigned token ("alg": "none") is refused too.
    String none =
        Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8))
            + "."
            + forgedPayload
            + ".";
    assertEquals(401, Http.get(root.resolve("api/v1/core/account"), bearer(none)).statusCode());
  }

  @Test
  void withoutATokenTenantApisAnswer401InTheCallersLanguage() throws Exception {
    HttpResponse<String> response =
        Http.get(base.toURI().resolve("api/v1/core/modules"), "Accept-Language", "zh-CN");
    assertEquals(401, response.statusCode());
    assertEquals("需要登录", Http.json(response).getString("title"));
    assertEquals(
        401,
        Http.get(base.toURI().resolve("api/v1/core/modules"), bearer("not-a-token")).statusCode());
  }

  @Test
  void aFailedSignInLooksTheSameWhetherOrNotTheUserExists() throws Exception {
    URI root = base.toURI();
    String tenant = TestTenants.signUp(root, "auth-same");
    HttpResponse<String> wrongPassword =
        signIn(root, tenant, TestTenants.adminEmail(tenant), "Wrong-passw0rd");
    HttpResponse<String> noSuchUser =
        signIn(root, tenant, "nobody@" + tenant + ".example", "Wrong-passw0rd");
    HttpResponse<String> noSuchTenant =
        signIn(root, "no-such-tenant", "x@y.example", "Wrong-passw0rd");
    assertEquals(401, wrongPassword.statusCode());
    assertEquals(wrongPassword.body(), noSuchUser.body());
    assertEquals(wrongPassword.body(), noSuchTenant.body());
    try (Connection admin = TestDatabase.asAdmin()) {
      List<String> reasons =
          TestDatabase.strings(
              admin,
              "SELECT after_value FROM audit_event WHERE tenant_id = ? AND action = 'login.failed'"
                  + " ORDER BY id",
              tenant);
      assertEquals(List.of("wrong-password", "unknown-account"), reasons);
    }
  }

  @Test
  void repeatedFailuresLockTheAccountEvenForTheRightPassword() throws Exception {
    URI root = base.toURI();
    String tenant = TestTenants.signUp(root, "auth-lock");
    String admin = TestTenants.adminEmail(tenant);
    Http.put(
        root.resolve("api/v1/core/settings"),
        "{\"lockout-attempts\":\"3\",\"lockout-minutes\":\"10\"}",
        asTenant(tenant));
    for (int i = 0; i < 3; i++) {
      assertEquals(401, signIn(root, tenant, admin, "Wrong-passw0rd-" + i).statusCode());
    }
    HttpResponse<String> locked = signIn(root, tenant, admin, TestTenants.PASSWORD);
    assertEquals(401, locked.statusCode(), "locked: the right password is refused too");
    assertEquals(
        signIn(root, tenant, "nobody@x.example", "Wrong-passw0rd").body(),
        locked.body(),
        "a locked account is not told apart from a wrong password");
    try (Connection db = TestDatabase.asAdmin()) {
      assertEquals(
          List.of("1"),
          TestDatabase.strings(
              db,
              "SELECT count(*)::text FROM audit_event WHERE tenant_id = ? AND action = 'account.locked'",
              tenant));
      // The lock ends by itself; here it is ended by moving its end into the past.
      db.createStatement()
          .executeUpdate(
              "UPDATE user_account SET locked_until = now() - interval '1 second' WHERE tenant_id = '"
                  + tenant
                  + "'");
    }
    assertEquals(200, signIn(root, tenant, admin, TestTenants.PASSWORD).statusCode());
  }

  @Test
  void concurrentSignInsOfOneAccountAllAnswerAndEveryFailureCounts() throws Exception {
    URI root = base.toURI();
    String tenant = TestTenants.signUp(root, "auth-race");
    String admin = TestTenants.adminEmail(tenant);
    Http.put(
        root.resolve("api/v1/core/settings"),
        "{\"lockout-attempts\":\"6\",\"lockout-minutes\":\"10\"}",
        asTenant(tenant));

    // Eight at once with the right password: each gets its token (they used to conflict: 500).
    assertEquals(List.of(200), distinctStatuses(root, tenant, admin, TestTenants.PASSWORD, 8));

    // Six wrong at once: every one is counted, so the sixth locks the account.
    assertEquals(List.of(401), distinctStatuses(root, tenant, admin, "Wrong-passw0rd", 6));
    assertEquals(
        401,
        signIn(root, tenant, admin, TestTenants.PASSWORD).statusCode(),
        "six concurrent failures lock the account");
  }

  private static List<Integer> distinctStatuses(
      URI root, String tenant, String email, String password, int requests) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(requests);
    try {
      List<Future<HttpResponse<String>>> answers = new ArrayList<>();
      for (int i = 0; i < requests; i++) {
        answers.add(pool.submit(() -> signIn(root, tenant, email, password)));
      }
      List<Integer> statuses = new ArrayList<>();
      for (Future<HttpResponse<String>> answer : answers) {
        statuses.add(answer.get(2, TimeUnit.MINUTES).statusCode());
      }
      return statuses.stream().distinct().sorted().toList();
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void passwordChangesFollowTheTenantsPolicyWithLocalizedMessages() throws Exception {
    URI root = base.toURI();
    String tenant = TestTenants.signUp(root, "auth-policy");
    String admin = TestTenants.adminEmail(tenant);
    HttpResponse<String> policy =
        Http.put(
            root.resolve("api/v1/core/settings"),
            "{\"password-min-length\":\"14\",\"password-character-classes\":\"4\",\"password-history\":\"2\"}",
            asTenant(tenant));
    assertEquals(200, policy.statusCode(), policy.body());
    String token = Http.token(root, tenant, admin, TestTenants.PASSWORD);

    HttpResponse<String> tooWeak =
        Http.put(
            root.resolve("api/v1/core/account/password"),
            change(TestTenants.PASSWORD, "abcdefgh1234"),
            bearer(token, "Accept-Language", "zh-CN"));
    assertEquals(400, tooWeak.statusCode(), tooWeak.body());
    String errors = Http.json(tooWeak).getJsonArray("errors").toString();
    assertTrue(errors.contains("密码至少需要 14 个字符"), errors);
    assertTrue(errors.contains("至少需要包含以下 4 类字符"), errors);

    HttpResponse<String> wrongCurrent =
        Http.put(
            root.resolve("api/v1/core/account/password"),
            change("Not-the-passw0rd", "Strong-Passw0rd-2026"),
            bearer(token, "Accept-Language", "en"));
    assertEquals(400, wrongCurrent.statusCode());
    assertTrue(
        wrongCurrent.body().contains("The current password is not right."), wrongCurrent.body());

    String second = "Strong-Passw0rd-2026";
    assertEquals(
        204,
        Http.put(
                root.resolve("api/v1/core/account/password"),
                change(TestTenants.PASSWORD, second),
                bearer(token))
            .statusCode());
    HttpResponse<String> reuse =
        Http.put(
            root.resolve("api/v1/core/account/password"),
            change(second, TestTenants.PASSWORD + "-X#"),
            bearer(token, "Accept-Language", "en"));
    assertEquals(204, reuse.statusCode(), "a new one is fine: " + reuse.body());
    HttpResponse<String> back =
        Http.put(
            root.resolve("api/v1/core/account/password"),
            change(TestTenants.PASSWORD + "-X#", second),
            bearer(token, "Accept-Language", "en"));
    assertEquals(400, back.statusCode(), back.body());
    assertTrue(back.body().contains("different from your last 2"), back.body());

    assertEquals(401, signIn(root, tenant, admin, TestTenants.PASSWORD).statusCode());
    assertEquals(200, signIn(root, tenant, admin, TestTenants.PASSWORD + "-X#").statusCode());
    try (Connection db = TestDatabase.asAdmin()) {
      List<String> actions =
          TestDatabase.strings(
              db,
              "SELECT action FROM audit_event WHERE tenant_id = ? AND action LIKE 'password.%' ORDER BY id",
              tenant);
      assertEquals(List.of("password.changed", "password.changed"), actions);
      String hashes =
          String.join(
              ",",
              TestDatabase.strings(
                  db, "SELECT password_hash FROM password_history WHERE tenant_id = ?", tenant));
      assertNotEquals("", hashes);
      assertFalse(hashes.contains(TestTenants.PASSWORD), "only hashes are kept");
    }
  }

  static HttpResponse<String> signIn(URI root, String tenant, String email, String password) {
    return Http.post(
        root.resolve("api/v1/auth/token"),
        Json.createObjectBuilder()
            .add("tenant", tenant)
            .add("username", email)
            .add("password", password)
            .build()
            .toString());
  }

  private static String change(String current, String next) {
    return Json.createObjectBuilder()
        .add("currentPassword", current)
        .add("newPassword", next)
        .build()
        .toString();
  }

  static JsonObject payload(String token) {
    String json =
        new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
    return Json.createReader(new java.io.StringReader(json)).readObject();
  }
}
