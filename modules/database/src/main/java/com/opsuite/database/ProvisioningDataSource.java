package com.opsuite.database;

import com.opsuite.database.DatabaseSettings.Credentials;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The application pool's data source: PostgreSQL's own, which first makes sure the database and its
 * roles exist. Needed because the container opens a connection while deploying the persistence
 * unit, before any start-up bean could create a missing database; provisioning runs once per JVM.
 *
 * <p>The provisioning settings arrive as data source properties of the pool's definition, resolved
 * by the container like the URL and user (at that moment no application configuration can be looked
 * up). Lives in its own jar, free of CDI, because a full server loads it through the EAR's class
 * loader: in the EAR this jar and the driver also sit in {@code lib/}.
 */
public class ProvisioningDataSource extends PGSimpleDataSource {

  private static final long serialVersionUID = 1L;

  /** What the container leaves in a property whose configuration key has no value. */
  private static final String UNRESOLVED = "${MPCONFIG=";

  private static volatile boolean provisioned;

  private String ownerUser;
  private String ownerPassword;
  private String adminUser;
  private String adminPassword;
  private String adminDatabase;
  private String provision;

  @Override
  public Connection getConnection() throws SQLException {
    ensureProvisioned(settings(getUser(), getPassword()));
    return super.getConnection();
  }

  @Override
  public Connection getConnection(String user, String password) throws SQLException {
    ensureProvisioned(settings(user, password));
    return super.getConnection(user, password);
  }

  private DatabaseSettings settings(String appUser, String appPassword) {
    return new DatabaseSettings(
        getURL(),
        new Credentials(appUser, appPassword),
        new Credentials(resolved(ownerUser), resolved(ownerPassword)),
        new Credentials(resolved(adminUser), resolved(adminPassword)),
        resolved(adminDatabase),
        !"false".equalsIgnoreCase(resolved(provision)));
  }

  private static String resolved(String value) {
    return value == null || value.startsWith(UNRESOLVED) ? null : value;
  }

  /**
   * Provisions (when configured to) unless this JVM already has; idempotent across instances too.
   */
  public static synchronized void ensureProvisioned(DatabaseSettings settings) throws SQLException {
    if (provisioned) {
      return;
    }
    if (settings.provision()) {
      new DatabaseProvisioner(settings).provision();
    }
    provisioned = true;
  }

  public String getOwnerUser() {
    return ownerUser;
  }

  public void setOwnerUser(String ownerUser) {
    this.ownerUser = ownerUser;
  }

  public String getOwnerPassword() {
    return ownerPassword;
  }

  public void setOwnerPassword(String ownerPassword) {
    this.ownerPassword = ownerPassword;
  }

  public String getAdminUser() {
    return adminUser;
  }

  public void setAdminUser(String adminUser) {
    this.adminUser = adminUser;
  }

  public String getAdminPassword() {
    return adminPassword;
  }

  public void setAdminPassword(String adminPassword) {
    this.adminPassword = adminPassword;
  }

  public String getAdminDatabase() {
    return adminDatabase;
  }

  public void setAdminDatabase(String adminDatabase) {
    this.adminDatabase = adminDatabase;
  }

  public String getProvision() {
    return provision;
  }

  public void setProvision(String provision) {
    this.provision = provision;
  }
}
