package com.opsuite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Self-service signup over REST: a usable tenant, complete localized refusals, nothing half-made.
 */
@ExtendWith(ArquillianExtension.class)
class SignupIT {

  @ArquillianResource URL base;

  @Test
  void createsAUsableTenantWithItsAdministratorAndModules() throws Exception {
    String code = TestTenants.newCode("signup");
    HttpResponse<String> response =
        Http.post(
            uri("api/v1/signup"),
            TestTenants.signupBody(code, "华东燃气", "gas-inspection", "online-ops"));

    assertEquals(201, response.statusCode(), response.body());
    assertEquals(code, Http.json(response).getString("code"));
    try (Connection admin = TestDatabase.asAdmin()) {
      assertEquals(
          List.of("华东燃气 ACTIVE zh-CN"),
          TestDatabase.strings(
              admin,
              "SELECT concat_ws(' ', name, status, locale) FROM tenant WHERE code = ?",
              code));
      List<String> account =
          TestDatabase.strings(
              admin,
              "SELECT password_hash FROM user_account WHERE tenant_id = ? AND tenant_admin",
              code);
      assertEquals(1, account.size());
      assertTrue(
          account.get(0).startsWith("PBKDF2WithHmacSHA512:210000:"),
          "password stored as a PBKDF2 hash only");
      assertEquals(
          List.of("gas-inspection", "online-ops"),
          TestDatabase.strings(
              admin,
              "SELECT module_id FROM tenant_module WHERE tenant_id = ? AND enabled ORDER BY 1",
              code));
    }
    HttpResponse<String> workspace =
        Http.get(uri("t/" + code + "/"), Http.pageSession(base.toURI(), code));
    assertEquals(200, workspace.statusCode());
    assertTrue(workspace.body().contains("华东燃气"));
    assertTrue(workspace.body().contains("data-module=\"gas-inspection\""));
  }

  @Test
  void reportsEveryProblemAtOnceInTheCallersLanguage() throws Exception {
    String bad =
        "{\"companyName\":\"\",\"tenantCode\":\"Bad Code!\",\"adminName\":\"\",\"email\":\"not-an-email\",\"password\":\"short\",\"modules\":[\"no-such-module\"]}";

    JsonObject zh = Http.json(Http.post(uri("api/v1/signup"), bad, "Accept-Language", "zh-CN"));
    JsonObject en = Http.json(Http.post(uri("api/v1/signup"), bad, "Accept-Language", "en"));

    assertEquals(400, zh.getInt("status"));
    assertEquals(
        List.of(
            "password.lettersAndDigits",
            "password.tooShort",
            "signup.adminName.required",
            "signup.code.invalid",
            "signup.companyName.required",
            "signup.email.invalid",
            "signup.modules.unknown"),
        codes(zh));
    assertEquals("请输入公司名称。", message(zh, "signup.companyName.required"));
    assertEquals("Enter the company name.", message(en, "signup.companyName.required"));
    assertEquals("部分输入无效", zh.getString("title"));
  }

  @Test
  void refusesATakenCodeAndAnEmptyBody() throws Exception {
    String code = TestTenants.signUp(URI.create(base.toString()), "taken");

    HttpResponse<String> again =
        Http.post(uri("api/v1/signup"), TestTenants.signupBody(code, "Other"));
    HttpResponse<String> empty = Http.post(uri("api/v1/signup"), "{}");

    assertEquals(400, again.statusCode());
    assertEquals(List.of("signup.code.taken"), codes(Http.json(again)));
    assertEquals(400, empty.statusCode());
  }

  @Test
  void concurrentSignupsForOneCodeCreateOneTenantAndNothingElse() throws Exception {
    String code = TestTenants.newCode("race");
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<HttpResponse<String>>> attempts = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      String body = TestTenants.signupBody(code, "Racer " + i, "online-ops");
      attempts.add(pool.submit(() -> Http.post(uri("api/v1/signup"), body)));
    }
    List<Integer> statuses = new ArrayList<>();
    for (Future<HttpResponse<String>> attempt : attempts) {
      statuses.add(attempt.get().statusCode());
    }
    pool.shutdown();

    assertEquals(1, statuses.stream().filter(s -> s == 201).count(), "statuses " + statuses);
    assertEquals(7, statuses.stream().filter(s -> s == 400).count(), "statuses " + statuses);
    try (Connection admin = TestDatabase.asAdmin()) {
      assertEquals(
          List.of("1"),
          TestDatabase.strings(admin, "SELECT count(*)::text FROM tenant WHERE code = ?", code));
      assertEquals(
          List.of("1"),
          TestDatabase.strings(
              admin, "SELECT count(*)::text FROM user_account WHERE tenant_id = ?", code));
      assertEquals(
          List.of("1"),
          TestDatabase.strings(
              admin, "SELECT count(*)::text FROM tenant_module WHERE tenant_id = ?", code));
    }
  }

  private URI uri(String path) throws Exception {
    return base.toURI().resolve(path);
  }

  private static List<String> codes(JsonObject problem) {
    return problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
        .map(e -> e.getString("code"))
        .sorted()
        .collect(Collectors.toList());
  }

  private static String message(JsonObject problem, String code) {
    return problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
        .filter(e -> e.getString("code").equals(code))
        .findFirst()
        .orElseThrow()
        .getString("message");
  }
}
