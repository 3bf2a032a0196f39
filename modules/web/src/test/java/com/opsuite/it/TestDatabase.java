package com.opsuite.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.ds.PGSimpleDataSource;

/** Direct JDBC access to the integration-test database, to check what the application did. */
public final class TestDatabase {

  private TestDatabase() {}

  public static String url() {
    return System.getProperty("it.db.url");
  }

  public static String name() {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(url());
    return ds.getDatabaseName();
  }

  /** The administrator on the application database (the application provisioned it). */
  public static Connection asAdmin() throws SQLException {
    return DriverManager.getConnection(url(), System.getProperty("it.db.admin-user"), "");
  }

  /** Connects as the given role, as the application's pool does. */
  public static Connection as(String role, String password) throws SQLException {
    return DriverManager.getConnection(url(), role, password);
  }

  static void dropApplicationDatabase() {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(url());
    ds.setDatabaseName("postgres");
    ds.setUser(System.getProperty("it.db.admin-user"));
    try (Connection c = ds.getConnection();
        Statement st = c.createStatement()) {
      st.execute("DROP DATABASE IF EXISTS \"" + name() + "\" WITH (FORCE)");
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot reset the integration-test database", e);
    }
  }

  public static List<String> strings(Connection c, String sql, String... params)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setString(i + 1, params[i]);
      }
      List<String> rows = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(rs.getString(1));
        }
      }
      return rows;
    }
  }
}
