package com.opsuite.core.api;

import com.opsuite.core.i18n.SupportedLocales;
import com.opsuite.core.validation.InvalidInputException;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Refused input becomes 400 with a problem+json body listing each field, in the caller's language.
 */
@Provider
public class InvalidInputMapper implements ExceptionMapper<InvalidInputException> {

  @Inject ProblemResponses problems;
  @Context HttpHeaders headers;

  @Override
  public Response toResponse(InvalidInputException e) {
    return problems.invalidInput(
        e, SupportedLocales.bestMatch(headers.getAcceptableLanguages().iterator()));
  }
}
