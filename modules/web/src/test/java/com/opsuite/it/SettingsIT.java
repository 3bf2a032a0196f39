package com.opsuite.it;

import static com.opsuite.it.Http.asTenant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tenant settings: validated against type and bounds, all-or-nothing, recorded, cached correctly.
 */
@ExtendWith(ArquillianExtension.class)
class SettingsIT {

  @ArquillianResource URL base;

  @Test
  void invalidValuesAreRefusedWithLocalizedMessagesAndNothingChanges() throws Exception {
    String tenant = TestTenants.signUp(base.toURI(), "set-bad", "online-ops");
    String body =
        "{\"reply-sla-hours\":\"500\",\"site-updates-per-week\":\"abc\",\"promotion-lead-days\":\"5\",\"no-such\":\"1\"}";

    HttpResponse<String> zh =
        Http.put(
            uri("api/v1/online-ops/settings"), body, asTenant(tenant, "Accept-Language", "zh-CN"));
    HttpResponse<String> en =
        Http.put(
            uri("api/v1/online-ops/settings"), body, asTenant(tenant, "Accept-Language", "en"));

    assertEquals(400, zh.statusCode(), zh.body());
    Map<String, String> messages = messages(Http.json(zh));
    assertEquals("数值不能大于 168。", messages.get("reply-sla-hours"));
    assertEquals("请输入整数。", messages.get("site-updates-per-week"));
    assertEquals("没有这项设置。", messages.get("no-such"));
    assertEquals("The value must be at most 168.", messages(Http.json(en)).get("reply-sla-hours"));
    assertEquals(
        "3",
        values(tenant, "online-ops").get("promotion-lead-days"),
        "the valid value was not applied either");
    assertEquals(List.of(), history(tenant, "online-ops"));
  }

  @Test
  void aChangeIsRecordedWithOldAndNewValuesAndReadBack() throws Exception {
    String tenant = TestTenants.signUp(base.toURI(), "set-ok", "gas-inspection");

    HttpResponse<String> changed =
        Http.put(
            uri("api/v1/gas-inspection/settings"),
            "{\"no-purchase-months\":\" 6 \"}",
            asTenant(tenant));

    assertEquals(200, changed.statusCode(), changed.body());
    assertEquals("6", values(tenant, "gas-inspection").get("no-purchase-months"));
    assertEquals(
        List.of("no-purchase-months 3 -> 6 by " + TestTenants.adminEmail(tenant)),
        history(tenant, "gas-inspection"));
    assertTrue(
        Http.get(
                uri("t/" + tenant + "/gas-inspection/index.xhtml"),
                Http.pageSession(base.toURI(), tenant))
            .body()
            .contains("data-key=\"no-purchase-months\">6<"));

    Http.put(
        uri("api/v1/gas-inspection/settings"), "{\"no-purchase-months\":\"3\"}", asTenant(tenant));
    assertEquals("3", values(tenant, "gas-inspection").get("no-purchase-months"));
    try (Connection admin = TestDatabase.asAdmin()) {
      assertEquals(
          List.of(),
          TestDatabase.strings(
              admin, "SELECT value FROM tenant_setting WHERE tenant_id = ?", tenant),
          "back to the default: no own value stored");
    }
    assertEquals(2, history(tenant, "gas-inspection").size());
  }

  @Test
  void aChangeCommittedElsewhereReachesTheCache() throws Exception {
    String tenant = TestTenants.signUp(base.toURI(), "set-node", "app-ops");
    assertEquals("30", values(tenant, "app-ops").get("churn-inactive-days"));

    // Another instance's commit, as this one sees it: the row changes and the notification arrives.
    try (Connection admin = TestDatabase.asAdmin()) {
      admin.setAutoCommit(false);
      try (PreparedStatement insert =
              admin.prepareStatement(
                  "INSERT INTO tenant_setting (tenant_id, scope, key, value) VALUES (?, 'app-ops', 'churn-inactive-days', '45')");
          PreparedStatement notify =
              admin.prepareStatement("SELECT pg_notify('opsuite_settings', ?)")) {
        insert.setString(1, tenant);
        insert.executeUpdate();
        notify.setString(1, tenant);
        notify.execute();
      }
      admin.commit();
    }
    String seen = null;
    for (int i = 0; i < 50 && !"45".equals(seen); i++) {
      Thread.sleep(100);
      seen = values(tenant, "app-ops").get("churn-inactive-days");
    }
    assertEquals("45", seen);
  }

  @Test
  void anInstallationDefaultComesFromConfigurationWithoutABuild() throws Exception {
    String tenant = TestTenants.signUp(base.toURI(), "set-default", "dental-ops");

    JsonObject setting =
        Http.jsonArray(Http.get(uri("api/v1/dental-ops/settings"), asTenant(tenant)))
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(s -> s.getString("key").equals("lead-follow-up-days"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        "5", setting.getString("defaultValue"), "declared 3, configured 5 for this installation");
    assertEquals("5", setting.getString("value"));
  }

  private Map<String, String> values(String tenant, String scope) throws Exception {
    return Http.jsonArray(Http.get(uri("api/v1/" + scope + "/settings"), asTenant(tenant)))
        .getValuesAs(JsonObject.class)
        .stream()
        .collect(Collectors.toMap(s -> s.getString("key"), s -> s.getString("value")));
  }

  private List<String> history(String tenant, String scope) throws Exception {
    return Http.jsonArray(Http.get(uri("api/v1/" + scope + "/settings/history"), asTenant(tenant)))
        .getValuesAs(JsonObject.class)
        .stream()
        .map(
            c ->
                c.getString("key")
                    + " "
                    + c.getString("oldValue")
                    + " -> "
                    + c.getString("newValue")
                    + " by "
                    + c.getString("changedBy"))
        .toList();
  }

  private static Map<String, String> messages(JsonObject problem) {
    return problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
        .collect(Collectors.toMap(e -> e.getString("field"), e -> e.getString("message")));
  }

  private URI uri(String path) throws Exception {
    return base.toURI().resolve(path);
  }
}
