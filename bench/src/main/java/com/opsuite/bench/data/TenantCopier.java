package com.opsuite.bench.data;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Copies the template tenant in SQL until there are as many typical tenants as asked: the tenant
 * row, then every tenant-owned table's rows, {@code INSERT ... SELECT} crossed with the new
 * tenants' numbers, a chunk of tenants per transaction. Runs as the superuser (row-level security
 * does not apply to it) with foreign-key triggers off, the copied rows being as consistent as the
 * template's. Primary keys are (tenant_id, id), so a copy keeps the template's ids; every unique
 * index leads with tenant_id, so nothing else needs changing (the schema had no global unique index
 * on a tenant-owned table when this was written).
 */
final class TenantCopier {

  /** Rows per transaction: large enough to amortise, small enough to keep WAL and locks short. */
  private static final long ROWS_PER_CHUNK = 250_000;

  private final Connection superuser;
  private final PrintStream out;

  TenantCopier(Connection superuser, PrintStream out) {
    this.superuser = superuser;
    this.out = out;
  }

  /** The typical tenants present: the template and its copies. */
  int count() throws SQLException {
    try (Statement st = superuser.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT count(*) FROM tenant WHERE code LIKE '" + TemplateTenant.PREFIX + "%'")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  CopyReport growTo(int tenants) throws SQLException {
    long start = System.nanoTime();
    int before = count();
    if (before == 0) {
      throw new IllegalStateException("no template tenant " + TemplateTenant.CODE);
    }
    if (tenants <= before) {
      return new CopyReport(before, before, 0, Duration.ZERO);
    }
    List<TenantTables.Table> tables = TenantTables.discover(superuser, TemplateTenant.CODE);
    long perTenant = templateRows(tables);
    int chunk = (int) Math.max(1, ROWS_PER_CHUNK / Math.max(1, perTenant));
    long copied = 0;
    boolean autoCommit = superuser.getAutoCommit();
    superuser.setAutoCommit(false);
    try (Statement st = superuser.createStatement()) {
      for (int from = before; from < tenants; from += chunk) {
        int to = Math.min(tenants, from + chunk) - 1;
        long chunkStart = System.nanoTime();
        st.execute("SET LOCAL session_replication_role = replica");
        copied += st.executeUpdate(tenantRows(from, to));
        for (TenantTables.Table table : tables) {
          copied += st.executeUpdate(rows(table, from, to));
        }
        superuser.commit();
        out.printf(
            "  copied tenants %d-%d: %,d ms, %,d rows so far%n",
            from, to, StepClock.since(chunkStart).toMillis(), copied);
      }
    } catch (SQLException e) {
      superuser.rollback();
      throw e;
    } finally {
      superuser.setAutoCommit(autoCommit);
    }
    // VACUUM as well: it sets the visibility map, without which an index-only scan (the lists'
    // capped counts) visits the table for every row. Autovacuum would, in time; this machine's
    // PostgreSQL runs with it off, and the measured runs must not share the machine with it.
    long analyze = System.nanoTime();
    try (Statement st = superuser.createStatement()) {
      st.execute("VACUUM (ANALYZE)");
    }
    out.printf("  vacuum and analyze: %,d ms%n", StepClock.since(analyze).toMillis());
    return new CopyReport(before, count(), copied, StepClock.since(start));
  }

  /** Rows of the template in all tenant-owned tables. */
  long templateRows(List<TenantTables.Table> tables) throws SQLException {
    String sum =
        tables.stream()
            .map(t -> "(SELECT count(*) FROM " + t.name() + " WHERE tenant_id = ?)")
            .collect(Collectors.joining(" + "));
    try (var ps = superuser.prepareStatement("SELECT " + sum)) {
      for (int i = 1; i <= tables.size(); i++) {
        ps.setString(i, TemplateTenant.CODE);
      }
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** The registry rows of the new tenants: the template's, under a new code and name. */
  private String tenantRows(int from, int to) throws SQLException {
    List<String> columns = new ArrayList<>();
    try (Statement st = superuser.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT column_name FROM information_schema.columns WHERE table_schema ="
                    + " 'public' AND table_name = 'tenant' AND is_generated = 'NEVER'"
                    + " ORDER BY ordinal_position")) {
      while (rs.next()) {
        columns.add(rs.getString(1));
      }
    }
    String values =
        columns.stream()
            .map(
                c ->
                    switch (c) {
                      case "code" -> newCode();
                      case "name" -> "name || ' ' || copy_no.n";
                      default -> '"' + c + '"';
                    })
            .collect(Collectors.joining(", "));
    return "INSERT INTO tenant ("
        + columns.stream().map(c -> '"' + c + '"').collect(Collectors.joining(", "))
        + ") SELECT "
        + values
        + " FROM tenant CROSS JOIN generate_series("
        + from
        + ", "
        + to
        + ") copy_no(n) WHERE code = '"
        + TemplateTenant.CODE
        + "'";
  }

  private static String rows(TenantTables.Table table, int from, int to) {
    String columns =
        table.columns().stream().map(c -> '"' + c + '"').collect(Collectors.joining(", "));
    String values =
        table.columns().stream()
            .map(
                c ->
                    table.holdingCode().contains(c)
                        ? "CASE WHEN \""
                            + c
                            + "\" = '"
                            + TemplateTenant.CODE
                            + "' THEN "
                            + newCode()
                            + " ELSE \""
                            + c
                            + "\" END"
                        : '"' + c + '"')
            .collect(Collectors.joining(", "));
    return "INSERT INTO "
        + table.name()
        + " (tenant_id, "
        + columns
        + ") SELECT "
        + newCode()
        + ", "
        + values
        + " FROM "
        + table.name()
        + " CROSS JOIN generate_series("
        + from
        + ", "
        + to
        + ") copy_no(n) WHERE tenant_id = '"
        + TemplateTenant.CODE
        + "'";
  }

  /** The code of copy number g, as {@link TemplateTenant#code(int)} writes it. */
  private static String newCode() {
    return "'" + TemplateTenant.PREFIX + "' || lpad(copy_no.n::text, 5, '0')";
  }
}
