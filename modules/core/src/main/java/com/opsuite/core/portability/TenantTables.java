package com.opsuite.core.portability;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tenant-owned tables as the database catalogue describes them: every table of schema public
 * with a {@code tenant_id} column, with its other stored columns in declared order (generated ones
 * cannot be written), so a new vertical's tables are exported and imported without a change here.
 * Ordered so that a table comes after the tables its foreign keys refer to, which lets an import
 * load them one after another under ordinary (immediate) constraints.
 */
final class TenantTables {

  /** The export bookkeeping itself is not the tenant's business data. */
  static final Set<String> LEFT_OUT = Set.of("tenant_export");

  /** A table and the columns an archive carries for it (never {@code tenant_id}). */
  record Table(String name, List<String> columns) {

    String columnList() {
      return String.join(", ", columns.stream().map(TenantTables::quoted).toList());
    }
  }

  private TenantTables() {}

  static List<Table> discover(Connection c) throws SQLException {
    Map<String, List<String>> columns = new LinkedHashMap<>();
    try (Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT c.table_name, c.column_name FROM information_schema.columns c"
                    + " JOIN information_schema.tables t ON t.table_schema = c.table_schema"
                    + " AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'"
                    + " WHERE c.table_schema = 'public' AND c.is_generated = 'NEVER'"
                    + " AND c.column_name <> 'tenant_id' AND EXISTS (SELECT 1 FROM"
                    + " information_schema.columns k WHERE k.table_schema = 'public'"
                    + " AND k.table_name = c.table_name AND k.column_name = 'tenant_id')"
                    + " ORDER BY c.table_name, c.ordinal_position")) {
      while (rs.next()) {
        if (!LEFT_OUT.contains(rs.getString(1))) {
          columns.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
        }
      }
    }
    List<Table> ordered = new ArrayList<>();
    for (String name : referencedFirst(c, columns.keySet())) {
      ordered.add(new Table(name, List.copyOf(columns.get(name))));
    }
    return ordered;
  }

  /**
   * Depth-first over the foreign keys between the tables. A table's own references are checked at
   * the end of its one INSERT, and deferrable ones (e.g. a unit's head position, the position in
   * its unit) at commit, so neither orders anything.
   */
  private static List<String> referencedFirst(Connection c, Set<String> tables)
      throws SQLException {
    Map<String, Set<String>> refersTo = new HashMap<>();
    try (Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT con.conrelid::regclass::text, con.confrelid::regclass::text"
                    + " FROM pg_constraint con JOIN pg_namespace n ON n.oid = con.connamespace"
                    + " WHERE con.contype = 'f' AND n.nspname = 'public' AND NOT con.condeferrable")) {
      while (rs.next()) {
        if (!rs.getString(1).equals(rs.getString(2))) {
          refersTo
              .computeIfAbsent(rs.getString(1), k -> new LinkedHashSet<>())
              .add(rs.getString(2));
        }
      }
    }
    Set<String> placed = new LinkedHashSet<>();
    for (String table : tables) {
      place(table, tables, refersTo, placed, new LinkedHashSet<>());
    }
    return List.copyOf(placed);
  }

  private static void place(
      String table,
      Set<String> tables,
      Map<String, Set<String>> refersTo,
      Set<String> placed,
      Set<String> visiting) {
    if (placed.contains(table) || !tables.contains(table)) {
      return;
    }
    if (!visiting.add(table)) {
      throw new IllegalStateException("Foreign keys form a cycle through " + visiting);
    }
    for (String referenced : refersTo.getOrDefault(table, Set.of())) {
      place(referenced, tables, refersTo, placed, visiting);
    }
    visiting.remove(table);
    placed.add(table);
  }

  static String quoted(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }
}
