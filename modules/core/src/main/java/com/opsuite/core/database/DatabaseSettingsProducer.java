package com.opsuite.core.database;

import com.opsuite.database.DatabaseSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

/** Makes the database settings injectable, read from the application's MicroProfile Config. */
@ApplicationScoped
public class DatabaseSettingsProducer {

  @Inject Config config;

  /** Dependent: the settings object is a thin, immutable view over the config, cheap to make. */
  @Produces
  DatabaseSettings settings() {
    return DatabaseSettings.from(config);
  }
}
