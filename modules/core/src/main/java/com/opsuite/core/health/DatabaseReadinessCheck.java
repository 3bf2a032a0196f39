package com.opsuite.core.health;

import com.opsuite.core.database.DatabaseStartup;
import com.opsuite.core.database.SchemaState;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the schema is migrated and the application pool hands out a working connection. */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

  private static final int VALIDATION_TIMEOUT_SECONDS = 2;

  @Resource(lookup = DatabaseStartup.DATA_SOURCE)
  DataSource dataSource;

  @Inject SchemaState schema;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response = HealthCheckResponse.named("database");
    if (!schema.isReady()) {
      String why = schema.failure() == null ? "migrating" : schema.failure();
      return response.down().withData("schema", why).build();
    }
    schema.versions().forEach((module, version) -> response.withData("schema." + module, version));
    try (Connection c = dataSource.getConnection()) {
      return c.isValid(VALIDATION_TIMEOUT_SECONDS)
          ? response.up().build()
          : response.down().withData("connection", "invalid").build();
    } catch (SQLException e) {
      return response.down().withData("connection", e.getMessage()).build();
    }
  }
}
