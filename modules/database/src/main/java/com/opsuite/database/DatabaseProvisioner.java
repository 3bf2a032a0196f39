package com.opsuite.database;

import com.opsuite.database.DatabaseSettings.Credentials;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Creates what the product needs in PostgreSQL and is missing: the schema owner role, the
 * application role and the database. Idempotent, and safe when several instances start at once.
 *
 * <p>The application role is deliberately neither superuser, owner nor BYPASSRLS: row-level
 * security, the second wall between tenants, only binds a role like that.
 */
public class DatabaseProvisioner {

  private static final Logger LOG = Logger.getLogger(DatabaseProvisioner.class.getName());

  /** Serialises provisioning across instances that start together (key is arbitrary but fixed). */
  private static final long PROVISIONING_LOCK = 0x0b5_5017eL;

  /** How long to wait for PostgreSQL to accept connections (a container started beside it). */
  static final Duration WAIT_FOR_DATABASE = Duration.ofSeconds(90);

  private final DatabaseSettings settings;
  private final ConnectionFactory connections;

  public DatabaseProvisioner(DatabaseSettings settings) {
    this.settings = settings;
    this.connections = new ConnectionFactory(settings);
  }

  /** Provisions, retrying while PostgreSQL cannot be reached yet; other errors fail at once. */
  public void provision() throws SQLException {
    long deadline = System.nanoTime() + WAIT_FOR_DATABASE.toNanos();
    while (true) {
      try {
        provisionOnce();
        return;
      } catch (DatabaseUnavailableException e) {
        if (System.nanoTime() > deadline) {
          throw e;
        }
        LOG.info(() -> "PostgreSQL is not reachable yet, retrying: " + e.getMessage());
        pause();
      }
    }
  }

  private static void pause() {
    try {
      Thread.sleep(2000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for PostgreSQL", e);
    }
  }

  private void provisionOnce() throws SQLException {
    RoleNames.requireDistinct(
        settings.admin().user(), settings.owner().user(), settings.app().user());
    String database = connections.applicationDatabaseName();
    try (Connection admin =
        DatabaseUnavailableException.whenUnreachable(connections::adminOnMaintenanceDatabase)) {
      execute(admin, "SELECT pg_advisory_lock(" + PROVISIONING_LOCK + ")");
      try {
        ensureRole(admin, settings.owner(), "NOSUPERUSER NOCREATEROLE NOCREATEDB");
        ensureRole(admin, settings.app(), "NOSUPERUSER NOCREATEROLE NOCREATEDB NOBYPASSRLS");
        ensureDatabase(admin, database, settings.owner().user());
      } finally {
        execute(admin, "SELECT pg_advisory_unlock(" + PROVISIONING_LOCK + ")");
      }
    }
    try (Connection admin = connections.adminOnApplicationDatabase()) {
      grantConnect(admin, database);
    }
  }

  private void ensureRole(Connection admin, Credentials role, String attributes)
      throws SQLException {
    String name = RoleNames.require(role.user());
    boolean exists = exists(admin, "SELECT 1 FROM pg_roles WHERE rolname = ?", name);
    // The password is (re)set on every start so a rotated secret in the environment takes effect.
    String verb = exists ? "ALTER" : "CREATE";
    execute(
        admin,
        format(
            admin,
            verb + " ROLE %I WITH LOGIN " + attributes + " PASSWORD %L",
            name,
            role.password()));
    if (!exists) {
      LOG.info(() -> "Created database role " + name);
    }
  }

  private void ensureDatabase(Connection admin, String database, String owner) throws SQLException {
    RoleNames.require(database);
    if (exists(admin, "SELECT 1 FROM pg_database WHERE datname = ?", database)) {
      return;
    }
    execute(
        admin,
        format(
            admin,
            "CREATE DATABASE %I OWNER %I ENCODING 'UTF8' TEMPLATE template0",
            database,
            owner));
    LOG.info(() -> "Created database " + database + " owned by " + owner);
  }

  private void grantConnect(Connection admin, String database) throws SQLException {
    String app = settings.app().user();
    execute(admin, format(admin, "REVOKE ALL ON DATABASE %I FROM PUBLIC", database));
    execute(admin, format(admin, "GRANT CONNECT, TEMPORARY ON DATABASE %I TO %I", database, app));
    execute(
        admin,
        format(
            admin,
            "GRANT CONNECT, TEMPORARY ON DATABASE %I TO %I",
            database,
            settings.owner().user()));
  }

  private static boolean exists(Connection c, String sql, String value) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, value);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  /** Quotes identifiers and literals with PostgreSQL's own {@code format()}, never by hand. */
  public static String format(Connection c, String template, String... args) throws SQLException {
    StringBuilder sql = new StringBuilder("SELECT format(?");
    for (int i = 0; i < args.length; i++) {
      sql.append(", ?");
    }
    try (PreparedStatement ps = c.prepareStatement(sql.append(')').toString())) {
      ps.setString(1, template);
      for (int i = 0; i < args.length; i++) {
        ps.setString(i + 2, args[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    }
  }

  private static void execute(Connection c, String sql) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }
}
