package com.opsuite.it;

import static com.opsuite.it.Http.asTenant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Audited changes leave an entry with who, what, from where, before and after; the tenant reads and
 * exports only its own entries; and no one, the application role included, can change or remove an
 * entry.
 */
@ExtendWith(ArquillianExtension.class)
class AuditLogIT {

  private static final String APP = "opsuite_app";

  @ArquillianResource URL base;

  @Test
  void changesAreRecordedWithBeforeAndAfter() throws Exception {
    String tenant = TestTenants.signUp(base.toURI(), "audit", "gas-inspection");
    Http.put(
        uri("api/v1/gas-inspection/settings"),
        "{\"inspections-per-year\":\"4\"}",
        asTenant(tenant));
    Http.put(uri("api/v1/core/modules/online-ops"), "{\"enabled\":true}", asTenant(tenant));
    Http.put(
        uri("api/v1/core/calendar/days/2026-04-30"),
        "{\"kind\":\"REST\",\"note\":\"调休\"}",
        asTenant(tenant));

    List<String> entries =
        Http.jsonArray(Http.get(uri("api/v1/core/audit"), asTenant(tenant)))
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(e -> !e.getString("action").startsWith("role."))
            .map(
                e ->
                    e.getString("action")
                        + " "
                        + e.getString("target")
                        + " "
                        + text(e, "before")
                        + " -> "
                        + text(e, "after")
                        + " by "
                        + e.getString("actor"))
            .toList();

    assertEquals(
        List.of(
            "calendar.changed 2026-04-30 - -> REST 调休 by " + TestTenants.adminEmail(tenant),
            "module.enabled online-ops false -> true by " + TestTenants.adminEmail(tenant),
            "settings.changed gas-inspection/inspections-per-year 2 -> 4 by "
                + TestTenants.adminEmail(tenant),
            // The token sign-in the test's first call made.
            "login.succeeded "
                + TestTenants.adminEmail(tenant)
                + " - -> - by "
                + TestTenants.adminEmail(tenant),
            "module.enabled gas-inspection false -> true by admin@" + tenant + ".example",
            "tenant.created "
                + tenant
                + " - -> Company "
                + tenant
                + " by admin@"
                + tenant
                + ".example"),
        entries);
    JsonObject latest =
        Http.jsonArray(Http.get(uri("api/v1/core/audit?action=calendar.changed"), asTenant(tenant)))
            .getJsonObject(0);
    assertTrue(
        latest.getString("sourceAddress").matches("[0-9a-fA-F:.]+"),
        "the client's address: " + latest);
  }

  @Test
  void theExportIsCsvForExcelAndHoldsOnlyTheTenantsOwnEntries() throws Exception {
    String a = TestTenants.signUp(base.toURI(), "audit-a");
    String b = TestTenants.signUp(base.toURI(), "audit-b");
    Http.put(
        uri("api/v1/core/calendar/days/2026-04-29"),
        "{\"kind\":\"REST\",\"note\":\"=SUM(A1)\"}",
        asTenant(a));

    HttpResponse<String> export = Http.get(uri("api/v1/core/audit/export.csv"), asTenant(a));
    HttpResponse<String> other = Http.get(uri("api/v1/core/audit/export.csv"), asTenant(b));

    assertEquals(200, export.statusCode());
    assertTrue(export.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    assertTrue(export.body().startsWith("\uFEFFoccurred_at,actor,"), export.body());
    assertTrue(
        export.body().contains(",REST =SUM(A1)\r\n"), "the entry's after value: " + export.body());
    assertTrue(export.body().contains("tenant.created," + a));
    assertTrue(!other.body().contains(a), "B's export holds nothing of A");

    // Each export is itself recorded, in the exporting tenant's log only.
    try (Connection db = TestDatabase.asAdmin()) {
      assertEquals(
          List.of(
              a + " " + TestTenants.adminEmail(a) + " 1",
              b + " " + TestTenants.adminEmail(b) + " 1"),
          TestDatabase.strings(
              db,
              "SELECT tenant_id || ' ' || actor || ' ' || count(*) FROM audit_event"
                  + " WHERE action = 'audit.exported' AND tenant_id IN (?, ?)"
                  + " GROUP BY tenant_id, actor ORDER BY tenant_id",
              a,
              b));
    }
  }

  @Test
  void theAuditPageExportsWhatItShowsAsCsvAndRecordsTheExport() throws Exception {
    URI root = base.toURI();
    String tenant = TestTenants.signUp(root, "audit-page");
    String admin = TestTenants.adminEmail(tenant);
    Http.put(
        uri("api/v1/core/calendar/days/2026-05-04"),
        "{\"kind\":\"REST\",\"note\":\"调休\"}",
        asTenant(tenant));
    PageSession page = PageSession.signIn(root, tenant, admin, TestTenants.PASSWORD);
    HttpResponse<String> shown = page.get("t/" + tenant + "/core/audit.xhtml");
    assertEquals(200, shown.statusCode());
    assertTrue(shown.body().contains("id=\"audit:export\""), "the export button is there");

    HttpResponse<String> all = page.submit(shown, "audit", "export", Map.of());
    assertEquals(200, all.statusCode(), all.body());
    assertEquals("text/csv; charset=UTF-8", all.headers().firstValue("Content-Type").orElse(""));
    assertEquals(
        "attachment; filename=\"audit-log.csv\"",
        all.headers().firstValue("Content-Disposition").orElse(""));
    assertEquals(
        "nosniff",
        all.headers().firstValue("X-Content-Type-Options").orElse(""),
        "a download keeps the headers every response carries");
    assertEquals("no-store", all.headers().firstValue("Cache-Control").orElse(""));
    List<String> lines = List.of(all.body().split("\r\n"));
    assertEquals(
        "\uFEFF" + "occurred_at,actor,source_address,action,target,before,after", lines.get(0));
    assertTrue(
        lines.stream()
            .anyMatch(
                l ->
                    l.contains("," + admin + ",")
                        && l.endsWith(",calendar.changed,2026-05-04,,REST 调休")),
        all.body());
    assertTrue(
        lines.stream()
            .anyMatch(l -> l.contains(",tenant.created," + tenant + ",,Company " + tenant)),
        all.body());

    // What the page shows with a filter is what it exports.
    HttpResponse<String> filtered =
        page.submit(
            page.get("t/" + tenant + "/core/audit.xhtml"),
            "audit",
            "export",
            Map.of("action", "calendar.changed"));
    List<String> filteredLines = List.of(filtered.body().split("\r\n"));
    assertEquals(2, filteredLines.size(), filtered.body());
    assertTrue(
        filteredLines.get(1).endsWith(",calendar.changed,2026-05-04,,REST 调休"), filtered.body());

    try (Connection db = TestDatabase.asAdmin()) {
      assertEquals(
          List.of(
              admin + " action= from=null to=null " + (lines.size() - 1) + " entries",
              admin + " action=calendar.changed from=null to=null 1 entries"),
          TestDatabase.strings(
              db,
              "SELECT actor || ' ' || target || ' ' || after_value FROM audit_event"
                  + " WHERE tenant_id = ? AND action = 'audit.exported' ORDER BY id",
              tenant));
    }
  }

  @Test
  void theAuditPageGivesNoExportToThoseWithoutThePermission() throws Exception {
    URI root = base.toURI();
    String tenant = TestTenants.signUp(root, "audit-no-export");
    HttpResponse<String> role =
        Http.put(
            uri("api/v1/core/roles/custom.log-reader"),
            "{\"permissions\":[\"core.audit.read\"]}",
            asTenant(tenant));
    assertEquals(200, role.statusCode(), role.body());
    String reader = PermissionsIT.addUser(root, tenant, "reader", List.of("custom.log-reader"));
    String clerk = PermissionsIT.addUser(root, tenant, "clerk", List.of());

    PageSession readerPage =
        PageSession.signIn(root, tenant, reader, PermissionsIT.INSPECTOR_PASSWORD);
    HttpResponse<String> shown = readerPage.get("t/" + tenant + "/core/audit.xhtml");
    assertEquals(200, shown.statusCode());
    assertTrue(shown.body().contains("tenant.created"), "the log is readable");
    assertFalse(shown.body().contains("audit:export"), "no export button");
    // Pressing the button anyway (a forged postback) exports nothing.
    HttpResponse<String> forged = readerPage.submit(shown, "audit", "export", Map.of());
    assertFalse(
        forged.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"),
        forged.body());
    assertFalse(forged.body().contains("occurred_at,actor"));

    PageSession clerkPage =
        PageSession.signIn(root, tenant, clerk, PermissionsIT.INSPECTOR_PASSWORD);
    assertEquals(403, clerkPage.get("t/" + tenant + "/core/audit.xhtml").statusCode());

    try (Connection db = TestDatabase.asAdmin()) {
      assertEquals(
          List.of("0"),
          TestDatabase.strings(
              db,
              "SELECT count(*)::text FROM audit_event WHERE tenant_id = ? AND action = 'audit.exported'",
              tenant));
    }
  }

  @Test
  void entriesCannotBeChangedOrRemovedEvenByTheApplicationRole() throws Exception {
    String tenant = TestTenants.signUp(base.toURI(), "audit-ro");
    try (Connection app = TestDatabase.as(APP, APP)) {
      app.setAutoCommit(false);
      try (PreparedStatement bind =
          app.prepareStatement("SELECT set_config('app.tenant_id', ?, true)")) {
        bind.setString(1, tenant);
        bind.execute();
      }
      try (Statement st = app.createStatement()) {
        SQLException update =
            assertThrows(
                SQLException.class,
                () -> st.executeUpdate("UPDATE audit_event SET actor = 'someone else'"));
        assertEquals("42501", update.getSQLState(), update.getMessage());
      }
      app.rollback();
      try (PreparedStatement bind =
          app.prepareStatement("SELECT set_config('app.tenant_id', ?, true)")) {
        bind.setString(1, tenant);
        bind.execute();
      }
      try (Statement st = app.createStatement()) {
        SQLException delete =
            assertThrows(SQLException.class, () -> st.executeUpdate("DELETE FROM audit_event"));
        assertEquals("42501", delete.getSQLState(), delete.getMessage());
      }
      app.rollback();
    }
    try (Connection admin = TestDatabase.asAdmin()) {
      assertEquals(
          List.of("tenant.created"),
          TestDatabase.strings(
              admin,
              "SELECT action FROM audit_event WHERE tenant_id = ? AND action NOT LIKE 'role.%'",
              tenant));
    }
  }

  private static String text(JsonObject entry, String key) {
    return !entry.containsKey(key) || entry.isNull(key) ? "-" : entry.getString(key);
  }

  private URI uri(String path) throws Exception {
    return base.toURI().resolve(path);
  }
}
