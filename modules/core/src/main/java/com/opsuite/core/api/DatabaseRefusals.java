package com.opsuite.core.api;

import java.sql.SQLException;
import java.util.Optional;

/**
 * What the database refused of a request, as the caller's mistake: a value longer than its column,
 * a number or date out of range, a key already taken, a reference to a missing record. Operations
 * validate what they know; these are the rules only the schema states, and without this they would
 * surface as 500. The transaction has rolled back by then, so nothing of the request was saved.
 */
final class DatabaseRefusals {

  /** The answer for one class of refusal: its HTTP status and the message key of its detail. */
  record Refusal(int status, String detailKey) {}

  private DatabaseRefusals() {}

  /** The refusal behind the failure, if a SQL state in its causes is one of the caller's. */
  static Optional<Refusal> of(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql) {
        for (SQLException s = sql; s != null; s = s.getNextException()) {
          Optional<Refusal> refusal = forState(s.getSQLState());
          if (refusal.isPresent()) {
            return refusal;
          }
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Refusal> forState(String state) {
    if (state == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(
        switch (state) {
          case "22001" -> new Refusal(400, "problem.database.tooLong");
          case "22003", "22008" -> new Refusal(400, "problem.database.outOfRange");
          case "22021", "22P05" -> new Refusal(400, "input.text.unstorable");
          case "23502" -> new Refusal(400, "problem.database.missing");
          case "23514", "22P02", "22007" -> new Refusal(400, "problem.database.invalid");
          case "23505" -> new Refusal(409, "problem.database.duplicate");
          case "23503" -> new Refusal(409, "problem.database.reference");
          default -> null;
        });
  }
}
