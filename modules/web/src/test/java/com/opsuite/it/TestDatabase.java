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

  /**
   * Stores a tenant's setting as another instance would commit it (the row, then the change notice
   * that evicts the cached values), without the catalog's bounds: tests use it for values the
   * product refuses, where a permitted one would mean waiting minutes or hours.
   */
  public static void storeSetting(String tenant, String scope, String key, String value)
      throws SQLException {
    try (Connection admin = asAdmin()) {
      admin.setAutoCommit(false);
      try (PreparedStatement upsert =
              admin.prepareStatement(
                  "INSERT INTO tenant_setting (tenant_id, scope, key, value) VALUES (?, ?, ?, ?)"
                      + " ON CONFLICT (tenant_id, scope, key) DO UPDATE SET value = EXCLUDED.value");
          PreparedStatement notify =
              admin.prepareStatement("SELECT pg_notify('opsuite_settings', ?)")) {
        upsert.setString(1, tenant);
        upsert.setString(2, scope);
        upsert.setString(3, key);
        upsert.setString(4, value);
        upsert.executeUpdate();
        notify.setString(1, tenant);
        notify.execute();
      }
      admin.commit();
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
