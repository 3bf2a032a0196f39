package com.opsuite.bench.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tenant-owned tables as the database describes them: every table of schema public with a
 * {@code tenant_id} column, with its other stored columns (generated ones cannot be written), so a
 * new vertical's tables are copied without a change here.
 */
final class TenantTables {

  /**
   * A table, the columns to copy besides {@code tenant_id} in their declared order, and those of
   * them where some template row holds the template's code itself (e.g. the audit entry of the
   * tenant's creation), which a copy must name as its own.
   */
  record Table(String name, List<String> columns, Set<String> holdingCode) {}

  private TenantTables() {}

  static List<Table> discover(Connection c, String template) throws SQLException {
    Map<String, List<String>> tables = new LinkedHashMap<>();
    Map<String, Set<String>> holding = new HashMap<>();
    try (Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT c.table_name, c.column_name, c.data_type IN ('character varying',"
                    + " 'text') FROM information_schema.columns c"
                    + " JOIN information_schema.tables t ON t.table_schema = c.table_schema"
                    + " AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'"
                    + " WHERE c.table_schema = 'public' AND c.is_generated = 'NEVER'"
                    + " AND c.column_name <> 'tenant_id' AND EXISTS (SELECT 1 FROM"
                    + " information_schema.columns k WHERE k.table_schema = 'public'"
                    + " AND k.table_name = c.table_name AND k.column_name = 'tenant_id')"
                    + " ORDER BY c.table_name, c.ordinal_position")) {
      while (rs.next()) {
        tables.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
        if (rs.getBoolean(3)) {
          holding.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2));
        }
      }
    }
    for (Map.Entry<String, Set<String>> texts : holding.entrySet()) {
      texts.getValue().removeIf(column -> !holdsCode(c, texts.getKey(), column, template));
    }
    List<Table> result = new ArrayList<>();
    tables.forEach(
        (name, columns) ->
            result.add(
                new Table(
                    name, List.copyOf(columns), Set.copyOf(holding.getOrDefault(name, Set.of())))));
    return result;
  }

  private static boolean holdsCode(Connection c, String table, String column, String code) {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT EXISTS (SELECT 1 FROM "
                + table
                + " WHERE tenant_id = ? AND \""
                + column
                + "\" = ?)")) {
      ps.setString(1, code);
      ps.setString(2, code);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getBoolean(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(table + "." + column, e);
    }
  }
}
