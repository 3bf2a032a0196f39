package com.opsuite.database;

import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * The database configuration: where the database is and the three roles involved (administrator for
 * provisioning, schema owner for migrations, application role for the pool). Defaults live in the
 * application's {@code META-INF/microprofile-config.properties}; every key can be overridden by an
 * environment variable such as {@code OPSUITE_DB_URL}.
 *
 * <p>Not a CDI bean: the pool's data source builds it from its own properties before any bean
 * exists (core produces it from MicroProfile Config for injection).
 */
public final class DatabaseSettings {

  private final String url;
  private final Credentials app;
  private final Credentials owner;
  private final Credentials admin;
  private final String adminDatabase;
  private final boolean provision;

  public DatabaseSettings(
      String url,
      Credentials app,
      Credentials owner,
      Credentials admin,
      String adminDatabase,
      boolean provision) {
    this.url = require("opsuite.db.url", url);
    this.app = app;
    this.owner = owner;
    this.admin = admin;
    this.adminDatabase = require("opsuite.db.admin-database", adminDatabase);
    this.provision = provision;
    require("opsuite.db.app-user", app.user());
    require("opsuite.db.owner-user", owner.user());
    require("opsuite.db.admin-user", admin.user());
  }

  public static DatabaseSettings from(Config config) {
    return new DatabaseSettings(
        value(config, "opsuite.db.url"),
        new Credentials(
            value(config, "opsuite.db.app-user"), value(config, "opsuite.db.app-password")),
        new Credentials(
            value(config, "opsuite.db.owner-user"), value(config, "opsuite.db.owner-password")),
        new Credentials(
            value(config, "opsuite.db.admin-user"), value(config, "opsuite.db.admin-password")),
        value(config, "opsuite.db.admin-database"),
        !"false".equalsIgnoreCase(value(config, "opsuite.db.provision")));
  }

  private static String value(Config config, String key) {
    Optional<String> value = config.getOptionalValue(key, String.class);
    return value.orElse(null);
  }

  private static String require(String key, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("Configuration key " + key + " is not set");
    }
    return value;
  }

  public String url() {
    return url;
  }

  public Credentials app() {
    return app;
  }

  public Credentials owner() {
    return owner;
  }

  /** The password may be empty with the local trust authentication. */
  public Credentials admin() {
    return admin;
  }

  public String adminDatabase() {
    return adminDatabase;
  }

  /** Whether start-up creates the database and roles; off where an operator provisions them. */
  public boolean provision() {
    return provision;
  }

  /** A login role and its password (never printed). */
  public record Credentials(String user, String password) {
    public Credentials {
      password = password == null ? "" : password;
    }

    @Override
    public String toString() {
      return "Credentials[user=" + user + "]";
    }
  }
}
