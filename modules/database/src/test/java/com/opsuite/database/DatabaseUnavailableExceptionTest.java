package com.opsuite.database;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableExceptionTest {

  @Test
  void connectionFailuresAndStartingUpAreTransient() {
    assertTrue(DatabaseUnavailableException.isTransient(new SQLException("refused", "08001")));
    assertTrue(DatabaseUnavailableException.isTransient(new SQLException("starting", "57P03")));
  }

  @Test
  void permissionAndSyntaxErrorsAreNot() {
    assertFalse(DatabaseUnavailableException.isTransient(new SQLException("denied", "42501")));
    assertFalse(DatabaseUnavailableException.isTransient(new SQLException("no state")));
  }

  @Test
  void onlyTransientFailuresAreWrappedForRetry() {
    SQLException refused = new SQLException("refused", "08001");
    DatabaseUnavailableException wrapped =
        assertThrows(
            DatabaseUnavailableException.class,
            () ->
                DatabaseUnavailableException.whenUnreachable(
                    () -> {
                      throw refused;
                    }));
    assertSame(refused, wrapped.getCause());

    SQLException denied = new SQLException("denied", "28P01");
    assertSame(
        denied,
        assertThrows(
            SQLException.class,
            () ->
                DatabaseUnavailableException.whenUnreachable(
                    () -> {
                      throw denied;
                    })));
  }
}
