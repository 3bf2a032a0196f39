package com.opsuite.database;

import com.opsuite.database.DatabaseSettings.Credentials;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Unpooled connections for start-up work that must not run as the application role: provisioning
 * (as the administrator) and migrations (as the schema owner). Requests never use these; long
 * streaming work (a tenant export's COPY) takes an application-role connection of its own here
 * instead of holding one of the pool's for minutes.
 */
public class ConnectionFactory {

  private final DatabaseSettings settings;

  public ConnectionFactory(DatabaseSettings settings) {
    this.settings = settings;
  }

  /** A data source for the application database as the schema owner, e.g. for Flyway. */
  public PGSimpleDataSource ownerDataSource() {
    return dataSource(settings.url(), null, settings.owner());
  }

  /** A data source for the application database as the application role (row-level security). */
  public PGSimpleDataSource applicationDataSource() {
    return dataSource(settings.url(), null, settings.app());
  }

  /** The administrator on the maintenance database, to create the application database itself. */
  public Connection adminOnMaintenanceDatabase() throws SQLException {
    return dataSource(settings.url(), settings.adminDatabase(), settings.admin()).getConnection();
  }

  /** The administrator on the application database, to grant rights inside it. */
  public Connection adminOnApplicationDatabase() throws SQLException {
    return dataSource(settings.url(), null, settings.admin()).getConnection();
  }

  static PGSimpleDataSource dataSource(String url, String databaseOverride, Credentials login) {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(url);
    if (databaseOverride != null) {
      ds.setDatabaseName(databaseOverride);
    }
    ds.setUser(login.user());
    ds.setPassword(login.password());
    ds.setApplicationName("opsuite-startup");
    ds.setConnectTimeout(5);
    return ds;
  }

  /** The database name the URL points at. */
  public String applicationDatabaseName() {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(settings.url());
    String name = ds.getDatabaseName();
    if (name == null || name.isBlank()) {
      throw new IllegalStateException("opsuite.db.url names no database: " + settings.url());
    }
    return name;
  }
}
