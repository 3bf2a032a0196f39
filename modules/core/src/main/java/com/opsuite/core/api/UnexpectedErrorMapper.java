package com.opsuite.core.api;

import com.opsuite.core.i18n.SupportedLocales;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Every failure of an API call that no more specific mapper answers: a problem+json body in the
 * caller's language, never a stack trace or an HTML page (see {@link ApiFailures}).
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

  @Inject ApiFailures failures;
  @Context HttpHeaders headers;

  @Override
  public Response toResponse(Throwable e) {
    return failures.answer(
        e, SupportedLocales.bestMatch(headers.getAcceptableLanguages().iterator()));
  }
}
