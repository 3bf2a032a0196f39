package com.opsuite.core.api;

import com.opsuite.core.i18n.SupportedLocales;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A {@code @Transactional} method that failed, typically at commit when the database went away:
 * answered like every other failure. Without it Jersey's own mapper for this type answers, and it
 * rethrows anything that is not an HTTP error, so the caller got a 500 HTML page. Ranked before
 * Jersey's mapper of the same type.
 */
@Provider
@Priority(Priorities.USER - 1000)
public class TransactionFailureMapper implements ExceptionMapper<TransactionalException> {

  @Inject ApiFailures failures;
  @Context HttpHeaders headers;

  @Override
  public Response toResponse(TransactionalException e) {
    return failures.answer(
        e, SupportedLocales.bestMatch(headers.getAcceptableLanguages().iterator()));
  }
}
