package com.opsuite.core.database;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Whether the application's pool can hand out a working connection right now: asked when a failure
 * does not say whether the database was its cause.
 */
@ApplicationScoped
public class DatabaseReachability {

  private static final int VALIDATION_TIMEOUT_SECONDS = 2;

  @Resource(lookup = DatabaseStartup.DATA_SOURCE)
  DataSource dataSource;

  public boolean reachable() {
    try (Connection c = dataSource.getConnection()) {
      return c.isValid(VALIDATION_TIMEOUT_SECONDS);
    } catch (SQLException e) {
      return false;
    }
  }
}
