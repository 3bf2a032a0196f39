package com.opsuite.database;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * PostgreSQL cannot be reached right now (not started yet, restarting). Worth retrying, unlike a
 * refused permission or bad SQL, which fail at once.
 */
public class DatabaseUnavailableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public DatabaseUnavailableException(SQLException cause) {
    super(cause.getMessage(), cause);
  }

  /** Opens a connection, turning a connection-class failure into this exception. */
  public static Connection whenUnreachable(ConnectionSupplier supplier) throws SQLException {
    try {
      return supplier.get();
    } catch (SQLException e) {
      if (isTransient(e)) {
        throw new DatabaseUnavailableException(e);
      }
      throw e;
    }
  }

  /** SQLSTATE class 08 is "connection exception"; 57P03 is "the database system is starting up". */
  static boolean isTransient(SQLException e) {
    String state = e.getSQLState();
    return state != null && (state.startsWith("08") || state.equals("57P03"));
  }

  /** Opens a connection. */
  @FunctionalInterface
  public interface ConnectionSupplier {
    Connection get() throws SQLException;
  }
}
