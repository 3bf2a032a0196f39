package com.opsuite.core.api;

import com.opsuite.core.database.DatabaseReachability;
import com.opsuite.core.database.DatabaseUnreachable;
import com.opsuite.core.validation.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * How a failed API call is answered: a problem+json body in the caller's language, never a stack
 * trace or an HTML page. Refused input wrapped by the framework (a malformed path or query
 * parameter) is 400 with its reason, and so is a body that is not JSON of the expected shape; a
 * concurrent edit is 409; what the database refused as the caller's mistake is 400 or 409 ({@link
 * DatabaseRefusals}); a database that cannot be reached (restarting) is 503 with a hint to retry,
 * as the transaction rolled back; an HTTP error keeps its status; anything unexpected is 500 with a
 * reference that is also in the log.
 */
@ApplicationScoped
public class ApiFailures {

  private static final Logger LOG = Logger.getLogger(ApiFailures.class.getName());

  /** A database restart takes a few seconds; clients that honour the header come back then. */
  private static final int RETRY_AFTER_SECONDS = 5;

  @Inject ProblemResponses problems;
  @Inject DatabaseReachability database;

  /** The answer to an API call that failed with {@code e}, in the caller's language. */
  public Response answer(Throwable e, Locale locale) {
    InvalidInputException invalid = cause(e, InvalidInputException.class);
    if (invalid != null) {
      return problems.invalidInput(invalid, locale);
    }
    if (cause(e, OptimisticLockException.class) != null) {
      return problems.problem(
          409, "about:blank", locale, "problem.conflict.title", "problem.conflict.detail");
    }
    if (cause(e, ProcessingException.class) != null
        && (cause(e, JsonbException.class) != null || cause(e, JsonException.class) != null)) {
      // Reading the body failed: it is not JSON, or not of the shape the operation reads (a word
      // for a number). JSON failing inside the application is a fault of ours, 500 below.
      return problems.problem(
          400,
          "urn:opsuite:problem:malformed-body",
          locale,
          "problem.badRequest.title",
          "problem.body.malformed");
    }
    Optional<DatabaseRefusals.Refusal> refused = DatabaseRefusals.of(e);
    if (refused.isPresent()) {
      LOG.log(Level.FINE, "Request refused by the database", e);
      return problems.problem(
          refused.get().status(),
          "urn:opsuite:problem:refused-by-database",
          locale,
          "problem.badRequest.title",
          refused.get().detailKey());
    }
    if (DatabaseUnreachable.causedBy(e)
        || (DatabaseUnreachable.transactionManagerFailure(e) && !database.reachable())) {
      // Expected while PostgreSQL restarts: one line, not a stack trace per request.
      LOG.warning(() -> "API request failed, the database cannot be reached: " + rootCause(e));
      // Lost while committing, the commit may have happened before the answer was lost (the
      // restart test saw one): the caller must not be told that nothing was saved.
      boolean atCommit = DatabaseUnreachable.transactionManagerFailure(e);
      return Response.fromResponse(
              problems.problem(
                  503,
                  atCommit
                      ? "urn:opsuite:problem:database-outcome-unknown"
                      : "urn:opsuite:problem:database-unavailable",
                  locale,
                  "problem.unavailable.title",
                  atCommit ? "problem.database.outcomeUnknown" : "problem.database.unavailable"))
          .header("Retry-After", RETRY_AFTER_SECONDS)
          .build();
    }
    if (e instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
      int status = web.getResponse().getStatus();
      return problems.problem(
          status, "about:blank", locale, ProblemResponses.titleKey(status), null);
    }
    String reference = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "API request failed, reference " + reference, e);
    return problems.problem(
        500,
        "urn:opsuite:error:" + reference,
        locale,
        "problem.server.title",
        "problem.server.detail");
  }

  private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  private static Throwable rootCause(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root;
  }
}
