package com.opsuite.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one tenant holds, per table: the row count and an md5 of its rows in a stable order. Tables
 * are found in the catalogue (every table with a {@code tenant_id} column), so a table added by a
 * future migration is fingerprinted without being listed. Read as the administrator, which
 * row-level security does not filter.
 */
final class TenantFingerprint {

  private TenantFingerprint() {}

  /** Table name → {@code rows:md5}, for every tenant-owned table. */
  static Map<String, String> of(String tenant) throws SQLException {
    Map<String, String> prints = new TreeMap<>();
    try (Connection admin = TestDatabase.asAdmin()) {
      for (String table : tenantTables(admin)) {
        // The row's text form orders and hashes every column, whatever the table's key.
        String sql =
            "SELECT count(*), coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '-')"
                + " FROM \""
                + table
                + "\" t WHERE tenant_id = ?";
        try (PreparedStatement st = admin.prepareStatement(sql)) {
          st.setString(1, tenant);
          try (ResultSet rs = st.executeQuery()) {
            rs.next();
            prints.put(table, rs.getLong(1) + ":" + rs.getString(2));
          }
        }
      }
    }
    return prints;
  }

  /** Total rows over the fingerprinted tables. */
  static long rows(Map<String, String> prints) {
    return prints.values().stream().mapToLong(p -> Long.parseLong(p.split(":")[0])).sum();
  }

  private static List<String> tenantTables(Connection admin) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (PreparedStatement st =
            admin.prepareStatement(
                "SELECT c.table_name FROM information_schema.columns c"
                    + " JOIN information_schema.tables t"
                    + " ON t.table_schema = c.table_schema AND t.table_name = c.table_name"
                    + " WHERE c.table_schema = current_schema() AND c.column_name = 'tenant_id'"
                    + " AND t.table_type = 'BASE TABLE' ORDER BY 1");
        ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        tables.add(rs.getString(1));
      }
    }
    return tables;
  }
}
