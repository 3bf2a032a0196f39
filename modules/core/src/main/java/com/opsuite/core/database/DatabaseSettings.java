package com.opsuite.core.database;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

/**
 * Typed view of the database configuration. Defaults live in the application's {@code
 * META-INF/microprofile-config.properties} (the WAR's, and a copy in the EAR's lib for full
 * servers), where the pool's {@code @DataSourceDefinition} finds them too; every key can be
 * overridden by an environment variable such as {@code OPSUITE_DB_URL}.
 *
 * <p>Also built outside CDI ({@link #from(Config)}) by the pool's data source, which provisions the
 * database before the container's first connection, earlier than any bean exists.
 */
@ApplicationScoped
public class DatabaseSettings {

  @Inject Config config;

  public DatabaseSettings() {}

  private DatabaseSettings(Config config) {
    this.config = config;
  }

  public static DatabaseSettings from(Config config) {
    return new DatabaseSettings(config);
  }

  @PostConstruct
  void check() {
    url();
  }

  public String url() {
    return required("opsuite.db.url");
  }

  public Credentials app() {
    return new Credentials(required("opsuite.db.app-user"), required("opsuite.db.app-password"));
  }

  public Credentials owner() {
    return new Credentials(required("opsuite.db.owner-user"), required("opsuite.db.owner-password"));
  }

  /** The password may be empty with the local trust authentication (to MicroProfile: absent). */
  public Credentials admin() {
    return new Credentials(
        required("opsuite.db.admin-user"),
        config.getOptionalValue("opsuite.db.admin-password", String.class).orElse(""));
  }

  public String adminDatabase() {
    return required("opsuite.db.admin-database");
  }

  /** Whether start-up creates the database and roles; off where an operator provisions them. */
  public boolean provision() {
    return config.getOptionalValue("opsuite.db.provision", Boolean.class).orElse(true);
  }

  private String required(String key) {
    return config
        .getOptionalValue(key, String.class)
        .orElseThrow(() -> new IllegalStateException("Configuration key " + key + " is not set"));
  }

  /** A login role and its password. */
  public record Credentials(String user, String password) {
    @Override
    public String toString() {
      return "Credentials[user=" + user + "]";
    }
  }
}
