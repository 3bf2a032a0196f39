package com.opsuite.core.database;

import jakarta.transaction.SystemException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;
import javax.transaction.xa.XAException;

/**
 * Tells a failure because PostgreSQL could not be reached (restarting, failed over, network gone)
 * from every other failure, wherever the pool, the driver, EclipseLink or the transaction manager
 * wrapped it. Such a failure rolled the transaction back and is worth retrying in a moment, so the
 * caller is told that rather than "something went wrong".
 */
public final class DatabaseUnreachable {

  private DatabaseUnreachable() {}

  /** True if {@code failure} or anything it wraps is a lost or refused database connection. */
  public static boolean causedBy(Throwable failure) {
    Map<Throwable, Boolean> seen = new IdentityHashMap<>();
    for (Throwable t = failure; t != null && seen.put(t, true) == null; t = t.getCause()) {
      if (isConnectionFailure(t)) {
        return true;
      }
      if (t instanceof SQLException sql) {
        for (SQLException next = sql.getNextException();
            next != null;
            next = next.getNextException()) {
          if (isConnectionFailure(next)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * True if the transaction manager failed to commit or roll back without saying why: Payara turns
   * the driver's failure at commit into an {@code XAException} carrying only its text. Such a
   * failure is the database's being away only if it cannot be reached now ({@link
   * DatabaseReachability}).
   */
  public static boolean transactionManagerFailure(Throwable failure) {
    Map<Throwable, Boolean> seen = new IdentityHashMap<>();
    for (Throwable t = failure; t != null && seen.put(t, true) == null; t = t.getCause()) {
      if (t instanceof SystemException || t instanceof XAException) {
        return true;
      }
    }
    return false;
  }

  private static boolean isConnectionFailure(Throwable t) {
    if (t instanceof SQLTransientConnectionException
        || t instanceof SQLNonTransientConnectionException
        || t instanceof SQLRecoverableException
        || t instanceof ConnectException) {
      return true;
    }
    return t instanceof SQLException sql && isConnectionState(sql.getSQLState());
  }

  /**
   * SQLSTATE class 08 (connection exception) and the operator-intervention states a server shutting
   * down or starting up answers: 57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot connect
   * now.
   */
  static boolean isConnectionState(String state) {
    return state != null
        && (state.startsWith("08")
            || state.equals("57P01")
            || state.equals("57P02")
            || state.equals("57P03"));
  }
}
