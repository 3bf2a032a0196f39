package com.opsuite.core.database;

import com.opsuite.database.DatabaseSettings;
import com.opsuite.database.ProvisioningDataSource;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Prepares PostgreSQL before the application serves anything: makes sure the database and roles
 * exist (usually already done by the pool's first connection), then runs the migrations. A startup
 * singleton because the container finishes it before the first request; bean-managed so no
 * container transaction wraps the DDL.
 *
 * <p>Also declares the application's connection pool. It connects as the non-owner application
 * role, validates connections so a database restart is survived, and takes every setting from
 * MicroProfile Config, so nothing about the environment is baked into the build.
 */
@Startup
@Singleton(name = "DatabaseStartup")
@TransactionManagement(TransactionManagementType.BEAN)
@DataSourceDefinition(
    name = DatabaseStartup.DATA_SOURCE,
    className = "com.opsuite.database.ProvisioningDataSource",
    url = "${MPCONFIG=opsuite.db.url}",
    user = "${MPCONFIG=opsuite.db.app-user}",
    password = "${MPCONFIG=opsuite.db.app-password}",
    minPoolSize = 2,
    maxPoolSize = 32,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation",
      "fish.payara.fail-all-connections=true",
      // A connection used within 2 s is not checked again: the check was a round trip in every
      // transaction (a request has up to three); a restart is still noticed within 2 s. A literal:
      // on full Payara Server an application's MicroProfile Config is not seen by its pools.
      "fish.payara.validate-atmost-once-period-in-seconds=2",
      "applicationName=opsuite",
      // Read by ProvisioningDataSource, which creates the database on the first connection.
      "ownerUser=${MPCONFIG=opsuite.db.owner-user}",
      "ownerPassword=${MPCONFIG=opsuite.db.owner-password}",
      "adminUser=${MPCONFIG=opsuite.db.admin-user}",
      "adminPassword=${MPCONFIG=opsuite.db.admin-password}",
      "adminDatabase=${MPCONFIG=opsuite.db.admin-database}",
      "provision=${MPCONFIG=opsuite.db.provision}"
    })
public class DatabaseStartup {

  /** JNDI name of the application's pool; the persistence unit and health checks use it. */
  public static final String DATA_SOURCE = "java:app/jdbc/opsuite";

  private static final Logger LOG = Logger.getLogger(DatabaseStartup.class.getName());

  @Inject DatabaseSettings settings;
  @Inject SchemaMigrator migrator;
  @Inject SchemaState state;

  @PostConstruct
  void prepareDatabase() {
    try {
      ProvisioningDataSource.ensureProvisioned(settings);
      state.migrated(migrator.migrate());
    } catch (Exception e) {
      // Keep the application deployed so readiness reports why it is not ready.
      LOG.log(Level.SEVERE, "The database could not be prepared; the application is not ready", e);
      state.failed(e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }
}
