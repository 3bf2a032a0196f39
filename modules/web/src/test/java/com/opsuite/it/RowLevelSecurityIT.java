package com.opsuite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The second wall alone: as the application role, with EclipseLink's filter out of the way (plain
 * SQL, as a native query or a bug of the #1333 kind would send), tenant A can neither read nor
 * change tenant B's rows, and with no tenant set nothing is visible or writable.
 */
@ExtendWith(ArquillianExtension.class)
class RowLevelSecurityIT {

  private static final String APP = "opsuite_app";
  private static final String DAY = "2026-05-20";

  @ArquillianResource URL base;

  private String a;
  private String b;

  @BeforeEach
  void tenantsWithRows() throws Exception {
    a = TestTenants.signUp(base.toURI(), "rls-a");
    b = TestTenants.signUp(base.toURI(), "rls-b");
    for (String tenant : new String[] {a, b}) {
      Http.put(
          base.toURI().resolve("api/v1/core/calendar/days/" + DAY),
          "{\"kind\":\"REST\",\"note\":\"" + tenant + "\"}",
          Http.asTenant(tenant));
    }
  }

  @Test
  void anotherTenantsRowsAreInvisibleAndUnchangeable() throws Exception {
    try (Connection app = TestDatabase.as(APP, APP)) {
      app.setAutoCommit(false);
      bindTenant(app, a);

      assertEquals(
          0, count(app, "SELECT count(*) FROM calendar_day WHERE tenant_id = '" + b + "'"));
      assertEquals(
          0, count(app, "SELECT count(*) FROM user_account WHERE tenant_id = '" + b + "'"));
      assertEquals(
          1, count(app, "SELECT count(*) FROM calendar_day"), "only A's own row is visible");
      try (Statement st = app.createStatement()) {
        assertEquals(
            0,
            st.executeUpdate(
                "UPDATE calendar_day SET note = 'hacked' WHERE tenant_id = '" + b + "'"));
        assertEquals(0, st.executeUpdate("DELETE FROM calendar_day WHERE tenant_id = '" + b + "'"));
        assertEquals(
            0,
            st.executeUpdate(
                "UPDATE calendar_day SET note = 'hacked' WHERE day = DATE '"
                    + DAY
                    + "' AND tenant_id <> '"
                    + a
                    + "'"));
      }
      SQLException insert =
          assertThrows(
              SQLException.class,
              () ->
                  execute(
                      app,
                      "INSERT INTO calendar_day (tenant_id, day, kind) VALUES ('"
                          + b
                          + "', DATE '2026-06-01', 'REST')"));
      assertEquals("42501", insert.getSQLState(), "new row violates row-level security policy");
      app.rollback();

      bindTenant(app, a);
      SQLException move =
          assertThrows(
              SQLException.class,
              () ->
                  execute(
                      app,
                      "UPDATE calendar_day SET tenant_id = '"
                          + b
                          + "' WHERE tenant_id = '"
                          + a
                          + "'"));
      assertEquals("42501", move.getSQLState(), "a row cannot be moved to another tenant");
      app.rollback();
    }
    try (Connection admin = TestDatabase.asAdmin()) {
      assertEquals(
          java.util.List.of(b),
          TestDatabase.strings(admin, "SELECT note FROM calendar_day WHERE tenant_id = ?", b),
          "B's row is untouched");
    }
  }

  @Test
  void withoutATenantNothingIsVisibleOrWritable() throws Exception {
    try (Connection app = TestDatabase.as(APP, APP)) {
      assertEquals(0, count(app, "SELECT count(*) FROM calendar_day"));
      assertEquals(0, count(app, "SELECT count(*) FROM user_account"));
      SQLException insert =
          assertThrows(
              SQLException.class,
              () ->
                  execute(
                      app,
                      "INSERT INTO calendar_day (tenant_id, day, kind) VALUES ('"
                          + a
                          + "', DATE '2026-06-02', 'REST')"));
      assertEquals("42501", insert.getSQLState());
    }
  }

  @Test
  void theTenantSettingEndsWithTheTransaction() throws Exception {
    try (Connection app = TestDatabase.as(APP, APP)) {
      app.setAutoCommit(false);
      bindTenant(app, a);
      assertEquals(1, count(app, "SELECT count(*) FROM calendar_day"));
      app.commit();
      assertEquals(
          0,
          count(app, "SELECT count(*) FROM calendar_day"),
          "a pooled connection keeps no tenant");
      app.rollback();
    }
  }

  private static void bindTenant(Connection c, String tenant) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT set_config('app.tenant_id', ?, true)")) {
      ps.setString(1, tenant);
      ps.execute();
    }
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static void execute(Connection c, String sql) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }
}
