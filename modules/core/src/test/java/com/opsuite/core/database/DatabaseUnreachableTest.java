package com.opsuite.core.database;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.eclipse.persistence.exceptions.DatabaseException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

class DatabaseUnreachableTest {

  @Test
  void aRefusedOrLostConnectionIsRecognisedThroughItsWrappers() {
    PSQLException refused = new PSQLException("refused", PSQLState.CONNECTION_UNABLE_TO_CONNECT);
    assertTrue(DatabaseUnreachable.causedBy(wrapped(refused)));
    assertTrue(DatabaseUnreachable.causedBy(wrapped(new SQLException("terminating", "57P01"))));
    assertTrue(DatabaseUnreachable.causedBy(wrapped(new SQLTransientConnectionException("pool"))));
    assertTrue(DatabaseUnreachable.causedBy(new RuntimeException(new ConnectException("down"))));
  }

  @Test
  void aConnectionFailureChainedAsNextExceptionCounts() {
    SQLException batch = new SQLException("batch failed", "XX000");
    batch.setNextException(new SQLException("I/O error", "08006"));
    assertTrue(DatabaseUnreachable.causedBy(wrapped(batch)));
  }

  @Test
  void otherDatabaseFailuresAreNot() {
    assertFalse(DatabaseUnreachable.causedBy(wrapped(new SQLException("unique", "23505"))));
    assertFalse(DatabaseUnreachable.causedBy(wrapped(new SQLException("no state"))));
    assertFalse(DatabaseUnreachable.causedBy(new IllegalStateException("bug")));
  }

  /** As EclipseLink and JPA hand a driver's failure to the application. */
  private static RuntimeException wrapped(SQLException e) {
    return new PersistenceException(DatabaseException.sqlException(e));
  }
}
