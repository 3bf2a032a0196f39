package com.opsuite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every table of the migrated schema (core and all modules) is tenant-owned the safe way: a {@code
 * tenant_id} column, row-level security enabled and forced with a policy, and an index leading with
 * {@code tenant_id}. The platform tables are the short, explicit exception.
 */
@ExtendWith(ArquillianExtension.class)
class SchemaRulesIT {

  /** Platform tables: the tenant registry itself and the migration histories (owner only). */
  private static final Set<String> PLATFORM_TABLES =
      Set.of("tenant", "platform_operator", "platform_key", "platform_event");

  private static final String HISTORY_PREFIX = "flyway_history_";

  @ArquillianResource URL base;

  @Test
  void everyTenantTableHasTenantIdForcedRowLevelSecurityAndALeadingIndex() throws Exception {
    List<String> violations = new ArrayList<>();
    try (Connection admin = TestDatabase.asAdmin()) {
      List<String> tables =
          TestDatabase.strings(
              admin, "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1");
      assertTrue(tables.size() > 5, "tables found: " + tables);
      for (String table : tables) {
        if (PLATFORM_TABLES.contains(table) || table.startsWith(HISTORY_PREFIX)) {
          continue;
        }
        if (TestDatabase.strings(
                admin,
                "SELECT 1 FROM information_schema.columns WHERE table_schema = 'public' AND table_name = ? AND column_name = 'tenant_id' AND is_nullable = 'NO'",
                table)
            .isEmpty()) {
          violations.add(table + ": no NOT NULL tenant_id");
        }
        if (!TestDatabase.strings(
                admin,
                "SELECT (relrowsecurity AND relforcerowsecurity)::text FROM pg_class WHERE oid = ?::regclass",
                table)
            .equals(List.of("true"))) {
          violations.add(table + ": row-level security not enabled and forced");
        }
        if (TestDatabase.strings(
                admin,
                "SELECT policyname FROM pg_policies WHERE schemaname = 'public' AND tablename = ? AND qual LIKE '%opsuite_current_tenant()%' AND with_check LIKE '%opsuite_current_tenant()%'",
                table)
            .isEmpty()) {
          violations.add(table + ": no tenant policy for reads and writes");
        }
        if (TestDatabase.strings(
                admin,
                "SELECT i.indexrelid::regclass::text FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0]"
                    + " WHERE i.indrelid = ?::regclass AND a.attname = 'tenant_id'",
                table)
            .isEmpty()) {
          violations.add(table + ": no index leading with tenant_id");
        }
        if (TestDatabase.strings(
                    admin,
                    "SELECT i.indexrelid::regclass::text FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0]"
                        + " WHERE i.indrelid = ?::regclass AND a.attname <> 'tenant_id'",
                    table)
                .size()
            > 0) {
          violations.add(table + ": an index not leading with tenant_id");
        }
      }
    }
    assertEquals(List.of(), violations);
  }

  @Test
  void theApplicationRoleCannotTouchMigrationHistories() throws Exception {
    try (Connection admin = TestDatabase.asAdmin()) {
      List<String> granted =
          TestDatabase.strings(
              admin,
              "SELECT table_name FROM information_schema.role_table_grants WHERE grantee = 'opsuite_app' AND table_name LIKE 'flyway\\_history\\_%'");
      assertEquals(List.of(), granted);
    }
  }
}
