package com.opsuite.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a tenant has stored, in one round trip: for every table with a {@code tenant_id} column
 * (found in the catalogue, so new tables count without anyone listing them), the tenant's row count
 * and an md5 of its rows in a stable order. Two equal fingerprints mean nothing was written.
 */
final class FuzzFingerprint {

  /**
   * Left out because refusing a request legitimately writes them: the audit log and the
   * notifications it may raise record refused and suspicious requests by design (append-only
   * security records), not data the request tried to store.
   */
  private static final Set<String> APPEND_ONLY = Set.of("audit_event");

  /**
   * Columns that change when the sweep's own bearer token is renewed (a successful sign-in), not
   * because of anything fuzzed: left out of the rows hashed.
   */
  private static final Set<String> SIGN_IN_COLUMNS =
      Set.of("last_login_at", "failed_logins", "locked_until", "totp_last_step");

  private final String sql;
  private final List<String> tableNames;
  private final int tables;

  private FuzzFingerprint(String sql, List<String> tableNames) {
    this.sql = sql;
    this.tableNames = tableNames;
    this.tables = tableNames.size();
  }

  /** The fingerprint query for every tenant-owned table there is now. */
  static FuzzFingerprint ofCatalogue() throws SQLException {
    Map<String, List<String>> columns = new LinkedHashMap<>();
    try (Connection c = TestDatabase.asAdmin();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT table_name, column_name FROM information_schema.columns"
                    + " WHERE table_schema = 'public' AND table_name IN (SELECT table_name FROM"
                    + " information_schema.columns WHERE table_schema = 'public' AND column_name ="
                    + " 'tenant_id') AND table_name IN (SELECT table_name FROM"
                    + " information_schema.tables WHERE table_type = 'BASE TABLE')"
                    + " ORDER BY table_name, ordinal_position");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        if (!APPEND_ONLY.contains(rs.getString(1)) && !SIGN_IN_COLUMNS.contains(rs.getString(2))) {
          columns.computeIfAbsent(rs.getString(1), t -> new ArrayList<>()).add(rs.getString(2));
        }
      }
    }
    String union =
        columns.entrySet().stream()
            .map(
                t -> {
                  String row =
                      "concat_ws('|', "
                          + t.getValue().stream()
                              .map(col -> "\"" + col + "\"::text")
                              .collect(Collectors.joining(", "))
                          + ")";
                  return "SELECT '"
                      + t.getKey()
                      + "' AS t, count(*) AS n, md5(coalesce(string_agg("
                      + row
                      + ", chr(10) ORDER BY "
                      + row
                      + "), '')) AS h FROM \""
                      + t.getKey()
                      + "\" WHERE tenant_id = ?";
                })
            .collect(Collectors.joining(" UNION ALL "));
    return new FuzzFingerprint(union + " ORDER BY 1", List.copyOf(columns.keySet()));
  }

  int tables() {
    return tables;
  }

  /** Table by table: {@code rows:md5}. */
  Map<String, String> of(String tenant) {
    Map<String, String> print = new LinkedHashMap<>();
    try (Connection c = TestDatabase.asAdmin();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 1; i <= tables; i++) {
        ps.setString(i, tenant);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          print.put(rs.getString(1), rs.getLong(2) + ":" + rs.getString(3));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("fingerprint of " + tenant, e);
    }
    return print;
  }

  /** The tenant's rows (as JSON) in which the marker occurs, in any table. */
  List<String> rowsContaining(Connection c, String tenant, String marker) throws SQLException {
    String query =
        tableNames.stream()
            .map(
                t ->
                    "SELECT to_jsonb(r)::text FROM \""
                        + t
                        + "\" r WHERE tenant_id = ? AND strpos(to_jsonb(r)::text, ?) > 0")
            .collect(Collectors.joining(" UNION ALL "));
    List<String> rows = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(query)) {
      for (int i = 0; i < tables; i++) {
        ps.setString(2 * i + 1, tenant);
        ps.setString(2 * i + 2, marker);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(rs.getString(1));
        }
      }
    }
    return rows;
  }

  /** The tables whose rows differ between two fingerprints. */
  static List<String> changed(Map<String, String> before, Map<String, String> after) {
    return before.keySet().stream().filter(t -> !before.get(t).equals(after.get(t))).toList();
  }
}
