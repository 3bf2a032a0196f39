package com.opsuite.core.database;

import java.sql.Connection;
import java.sql.SQLException;
import org.eclipse.microprofile.config.ConfigProvider;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The application pool's data source: PostgreSQL's own, which first makes sure the database and
 * its roles exist. Needed because the container opens a connection while deploying the persistence
 * unit, before any start-up bean could create a missing database; provisioning runs once per JVM.
 */
public class ProvisioningDataSource extends PGSimpleDataSource {

  private static final long serialVersionUID = 1L;

  private static volatile boolean provisioned;

  @Override
  public Connection getConnection() throws SQLException {
    ensureProvisioned();
    return super.getConnection();
  }

  @Override
  public Connection getConnection(String user, String password) throws SQLException {
    ensureProvisioned();
    return super.getConnection(user, password);
  }

  private static void ensureProvisioned() throws SQLException {
    if (!provisioned) {
      ensureProvisioned(
          DatabaseSettings.from(ConfigProvider.getConfig(ProvisioningDataSource.class.getClassLoader())));
    }
  }

  /** Provisions (when configured to) unless this JVM already has; idempotent across instances too. */
  public static synchronized void ensureProvisioned(DatabaseSettings settings) throws SQLException {
    if (provisioned) {
      return;
    }
    if (settings.provision()) {
      new DatabaseProvisioner(settings).provision();
    }
    provisioned = true;
  }
}
