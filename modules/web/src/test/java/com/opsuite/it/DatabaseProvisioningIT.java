package com.opsuite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Start-up created the database (dropped before the suite) and two roles, migrated core and every
 * module, and left the application role with data access only: the precondition for row-level
 * security to bind it.
 */
@ExtendWith(ArquillianExtension.class)
class DatabaseProvisioningIT {

  private static final String OWNER = "opsuite_owner";
  private static final String APP = "opsuite_app";

  @ArquillianResource URL base;

  @Test
  void databaseIsOwnedByTheOwnerRole() throws Exception {
    try (Connection admin = TestDatabase.asAdmin()) {
      assertEquals(
          List.of(OWNER),
          TestDatabase.strings(
              admin,
              "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = ?",
              TestDatabase.name()));
    }
  }

  @Test
  void applicationRoleCannotBypassRowLevelSecurity() throws Exception {
    try (Connection admin = TestDatabase.asAdmin()) {
      assertEquals(
          List.of("f f f f"),
          TestDatabase.strings(
              admin,
              "SELECT concat_ws(' ', rolsuper, rolbypassrls, rolcreaterole, rolcreatedb) FROM pg_roles WHERE rolname = ?",
              APP));
      assertEquals(
          List.of(),
          TestDatabase.strings(admin, "SELECT tablename FROM pg_tables WHERE tableowner = ?", APP),
          "the application role owns no table");
    }
  }

  @Test
  void coreAndEveryModuleHaveTheirOwnMigrationHistory() throws Exception {
    JsonObject system = Http.json(Http.get(base.toURI().resolve("api/v1/system")));
    List<String> modules =
        system.getJsonArray("modules").getValuesAs(JsonObject.class).stream()
            .map(m -> m.getString("id"))
            .toList();
    try (Connection admin = TestDatabase.asAdmin()) {
      assertEquals(
          List.of("1"),
          TestDatabase.strings(
              admin, "SELECT version FROM flyway_history_core WHERE success AND version = '1'"));
      for (String module : modules) {
        String table = "flyway_history_" + module.replace('-', '_');
        assertEquals(
            List.of(table),
            TestDatabase.strings(
                admin, "SELECT tablename FROM pg_tables WHERE tablename = ?", table),
            "history of module " + module);
      }
    }
  }

  @Test
  void applicationRoleReadsAndWritesApplicationTablesOnly() throws Exception {
    try (Connection app = TestDatabase.as(APP, APP);
        Statement st = app.createStatement()) {
      st.executeQuery("SELECT count(*) FROM tenant").close();

      SQLException history =
          assertThrows(
              SQLException.class,
              () -> st.executeUpdate("DELETE FROM flyway_history_core"),
              "migration history is the owner's");
      assertEquals("42501", history.getSQLState());
      SQLException ddl =
          assertThrows(
              SQLException.class,
              () -> st.execute("CREATE TABLE sneaky (id int)"),
              "the application role changes no schema");
      assertEquals("42501", ddl.getSQLState());
      SQLException drop = assertThrows(SQLException.class, () -> st.execute("DROP TABLE tenant"));
      assertEquals("42501", drop.getSQLState());
    }
  }

  @Test
  void tablesAreNotReadableByOtherRoles() throws Exception {
    try (Connection admin = TestDatabase.asAdmin()) {
      List<String> publicConnect =
          TestDatabase.strings(
              admin,
              "SELECT has_database_privilege('public', ?, 'CONNECT')::text",
              TestDatabase.name());
      assertTrue(publicConnect.contains("false"), "PUBLIC may not connect");
    }
  }
}
