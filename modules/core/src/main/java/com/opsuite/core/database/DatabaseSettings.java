package com.opsuite.core.database;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Typed view of the database configuration. Defaults live in the application's {@code
 * META-INF/microprofile-config.properties} (the WAR's, and a copy in the EAR's lib for full
 * servers), where the pool's {@code @DataSourceDefinition} finds them too; every key can be
 * overridden by an environment variable such as {@code OPSUITE_DB_URL}.
 */
@ApplicationScoped
public class DatabaseSettings {

  @Inject
  @ConfigProperty(name = "opsuite.db.url")
  String url;

  @Inject
  @ConfigProperty(name = "opsuite.db.app-user")
  String appUser;

  @Inject
  @ConfigProperty(name = "opsuite.db.app-password")
  String appPassword;

  @Inject
  @ConfigProperty(name = "opsuite.db.owner-user")
  String ownerUser;

  @Inject
  @ConfigProperty(name = "opsuite.db.owner-password")
  String ownerPassword;

  @Inject
  @ConfigProperty(name = "opsuite.db.admin-user")
  String adminUser;

  /** Empty with the local trust authentication; MicroProfile Config treats empty as absent. */
  @Inject
  @ConfigProperty(name = "opsuite.db.admin-password")
  Optional<String> adminPassword;

  @Inject
  @ConfigProperty(name = "opsuite.db.admin-database")
  String adminDatabase;

  @Inject
  @ConfigProperty(name = "opsuite.db.provision")
  boolean provision;

  public String url() {
    return url;
  }

  public Credentials app() {
    return new Credentials(appUser, appPassword);
  }

  public Credentials owner() {
    return new Credentials(ownerUser, ownerPassword);
  }

  public Credentials admin() {
    return new Credentials(adminUser, adminPassword.orElse(""));
  }

  public String adminDatabase() {
    return adminDatabase;
  }

  /** Whether start-up creates the database and roles; off where an operator provisions them. */
  public boolean provision() {
    return provision;
  }

  /** A login role and its password. */
  public record Credentials(String user, String password) {
    @Override
    public String toString() {
      return "Credentials[user=" + user + "]";
    }
  }
}
