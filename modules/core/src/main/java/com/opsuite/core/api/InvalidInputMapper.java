package com.opsuite.core.api;

import com.opsuite.core.i18n.CoreMessages;
import com.opsuite.core.i18n.SupportedLocales;
import com.opsuite.core.validation.InvalidInputException;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/** Refused input becomes 400 with a problem+json body listing each field, in the caller's language. */
@Provider
public class InvalidInputMapper implements ExceptionMapper<InvalidInputException> {

  @Inject CoreMessages messages;
  @Context HttpHeaders headers;

  @Override
  public Response toResponse(InvalidInputException e) {
    Locale locale = SupportedLocales.bestMatch(headers.getAcceptableLanguages().iterator());
    ApiProblem problem =
        new ApiProblem(
            "urn:opsuite:problem:invalid-input",
            messages.text(locale, "problem.validation.title"),
            400,
            messages.text(locale, "problem.validation.detail"),
            e.violations().stream()
                .map(v -> new ApiProblem.FieldError(v.field(), v.messageKey(), messages.text(locale, v.messageKey(), v.args())))
                .toList());
    return Response.status(400).type(ApiProblem.MEDIA_TYPE).entity(problem).build();
  }
}
