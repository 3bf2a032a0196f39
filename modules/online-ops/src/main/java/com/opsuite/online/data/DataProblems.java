package com.opsuite.online.data;

import com.opsuite.core.api.ApiProblem;
import com.opsuite.core.api.ProblemResponses;
import com.opsuite.core.i18n.CoreMessages;
import com.opsuite.core.i18n.SupportedLocales;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;

/** Refusals of platform data and meeting packs as problem+json in the caller's language. */
public final class DataProblems {

  private DataProblems() {}

  public static Locale locale(HttpHeaders headers) {
    return SupportedLocales.bestMatch(headers.getAcceptableLanguages().iterator());
  }

  /** Problem details for a refused field list: 400, each field with its message. */
  public static ApiProblem invalid(DataInvalidInput e, Locale locale, int status, String title) {
    return new ApiProblem(
        "urn:opsuite:problem:invalid-input",
        title,
        status,
        CoreMessages.format(locale, "problem.validation.detail"),
        e.violations().stream()
            .map(
                v ->
                    new ApiProblem.FieldError(
                        v.field(),
                        v.messageKey(),
                        DataTexts.text(locale, v.messageKey(), v.args())))
            .toList());
  }

  /** Maps {@link DataInvalidInput}; a file refused whole answers 413 or 415 where they fit. */
  @Provider
  public static class InvalidMapper implements ExceptionMapper<DataInvalidInput> {
    @Context HttpHeaders headers;

    @Override
    public Response toResponse(DataInvalidInput e) {
      Locale locale = locale(headers);
      int status = e instanceof DataFileRefused f ? f.status() : 400;
      String title =
          status == 400
              ? CoreMessages.format(locale, "problem.validation.title")
              : DataTexts.text(locale, "data.import.refused");
      return Response.status(status)
          .type(ApiProblem.MEDIA_TYPE)
          .entity(invalid(e, locale, status, title))
          .build();
    }
  }

  /** Maps {@link DataRefused}. */
  @Provider
  public static class RefusedMapper implements ExceptionMapper<DataRefused> {
    @Context HttpHeaders headers;

    @Override
    public Response toResponse(DataRefused e) {
      Locale locale = locale(headers);
      return Response.status(e.status())
          .type(ApiProblem.MEDIA_TYPE)
          .entity(
              new ApiProblem(
                  "urn:opsuite:problem:online-data",
                  CoreMessages.format(locale, ProblemResponses.titleKey(e.status())),
                  e.status(),
                  DataTexts.text(locale, e.messageKey(), e.args()),
                  List.of()))
          .build();
    }
  }
}
