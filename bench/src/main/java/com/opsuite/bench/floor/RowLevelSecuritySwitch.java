package com.opsuite.bench.floor;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns PostgreSQL's row-level security off and on again for every table that has a tenant policy,
 * so the same scenario can be measured with and without the second wall (EclipseLink's tenant
 * filter, the first, stays). Only for the benchmark's own database.
 */
public final class RowLevelSecuritySwitch {

  private final String superuserJdbcUrl;

  public RowLevelSecuritySwitch(String superuserJdbcUrl) {
    this.superuserJdbcUrl = superuserJdbcUrl;
  }

  public int off() {
    return alter("NO FORCE ROW LEVEL SECURITY", "DISABLE ROW LEVEL SECURITY");
  }

  public int on() {
    return alter("ENABLE ROW LEVEL SECURITY", "FORCE ROW LEVEL SECURITY");
  }

  private int alter(String first, String second) {
    try (Connection c = DriverManager.getConnection(superuserJdbcUrl);
        Statement st = c.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet rs =
          st.executeQuery(
              "SELECT DISTINCT tablename FROM pg_policies WHERE schemaname = 'public'"
                  + " ORDER BY tablename")) {
        while (rs.next()) {
          tables.add(rs.getString(1));
        }
      }
      for (String table : tables) {
        st.execute("ALTER TABLE public." + table + " " + first);
        st.execute("ALTER TABLE public." + table + " " + second);
      }
      return tables.size();
    } catch (SQLException e) {
      throw new IllegalStateException("switching row-level security failed", e);
    }
  }
}
