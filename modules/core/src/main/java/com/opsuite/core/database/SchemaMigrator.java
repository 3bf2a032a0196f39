package com.opsuite.core.database;

import com.opsuite.core.module.ModuleRegistry;
import com.opsuite.core.spi.VerticalModule;
import com.opsuite.database.ConnectionFactory;
import com.opsuite.database.DatabaseProvisioner;
import com.opsuite.database.DatabaseSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date with Flyway as the schema owner: core first, then every installed
 * module from the folder it announces. Each has its own history table ({@code
 * flyway_history_<module>}), so modules version their schema independently. Afterwards the
 * application role is granted data access to the application tables and nothing else.
 *
 * <p>Flyway's own lock makes concurrent start-ups of several instances safe.
 */
@ApplicationScoped
public class SchemaMigrator {

  static final String CORE = "core";
  static final String HISTORY_PREFIX = "flyway_history_";

  private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

  @Inject ModuleRegistry modules;
  @Inject DatabaseSettings settings;

  /** Migrates core and every module; returns the schema version each one reached. */
  public Map<String, String> migrate() throws SQLException {
    DataSource owner = new ConnectionFactory(settings).ownerDataSource();
    Map<String, String> versions = new LinkedHashMap<>();
    versions.put(
        CORE, migrate(owner, CORE, "db/migration/core", SchemaMigrator.class.getClassLoader()));
    for (VerticalModule module : modules.installed()) {
      versions.put(
          module.id(),
          migrate(
              owner, module.id(), module.migrationLocation(), module.getClass().getClassLoader()));
    }
    grantApplicationRole(owner);
    return versions;
  }

  private String migrate(DataSource owner, String name, String location, ClassLoader loader) {
    Flyway flyway =
        Flyway.configure(loader)
            .dataSource(owner)
            .locations("classpath:" + location)
            .table(historyTable(name))
            // Several histories share one schema: a module's first run must not mistake the
            // other modules' tables for an unmanaged schema. Baseline 0 still applies its V1.
            .baselineOnMigrate(true)
            .baselineVersion("0")
            .failOnMissingLocations(false)
            .load();
    MigrateResult result = flyway.migrate();
    MigrationInfo current = flyway.info().current();
    String version = current == null ? "0" : current.getVersion().getVersion();
    LOG.info(
        () ->
            "Schema of "
                + name
                + ": "
                + result.migrationsExecuted
                + " migration(s) applied, at version "
                + version);
    return version;
  }

  static String historyTable(String moduleId) {
    return HISTORY_PREFIX + moduleId.replace('-', '_');
  }

  /**
   * The application role reads and writes application tables; migration history stays the owner's.
   * Granted per table after every migration, so tables a new release adds are covered too.
   */
  private void grantApplicationRole(DataSource owner) throws SQLException {
    String app = settings.app().user();
    try (Connection c = owner.getConnection()) {
      List<String> grants = new ArrayList<>();
      grants.add(DatabaseProvisioner.format(c, "GRANT USAGE ON SCHEMA public TO %I", app));
      grants.add(
          DatabaseProvisioner.format(
              c, "GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %I", app));
      for (String table : applicationTables(c)) {
        grants.add(
            DatabaseProvisioner.format(
                c, "GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE %I TO %I", table, app));
      }
      try (Statement st = c.createStatement()) {
        for (String grant : grants) {
          st.execute(grant);
        }
      }
    }
  }

  private static List<String> applicationTables(Connection c) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT LIKE ? ORDER BY 1")) {
      ps.setString(1, HISTORY_PREFIX.replace("_", "\\_") + "%");
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          tables.add(rs.getString(1));
        }
      }
    }
    return tables;
  }
}
