package com.opsuite.online.platform;

import com.opsuite.core.api.ApiProblem;
import com.opsuite.core.api.ProblemResponses;
import com.opsuite.core.i18n.SupportedLocales;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;

/** Platform refusals as problem+json in the caller's language: 400 per field, 404, 409. */
public final class PlatformProblems {

  private PlatformProblems() {}

  static Response invalid(PlatformInvalidInput e, Locale locale) {
    return build(
        new ApiProblem(
            "urn:opsuite:problem:invalid-input",
            PlatformTexts.text(locale, "problem.validation.title"),
            400,
            PlatformTexts.text(locale, "problem.validation.detail"),
            e.violations().stream()
                .map(
                    v ->
                        new ApiProblem.FieldError(
                            v.field(),
                            v.messageKey(),
                            PlatformTexts.text(locale, v.messageKey(), v.args())))
                .toList()));
  }

  static Response refused(PlatformRefused e, Locale locale) {
    return build(
        new ApiProblem(
            "urn:opsuite:problem:online-platform",
            PlatformTexts.text(locale, ProblemResponses.titleKey(e.status())),
            e.status(),
            PlatformTexts.text(locale, e.messageKey(), e.args()),
            List.of()));
  }

  private static Response build(ApiProblem problem) {
    return Response.status(problem.status()).type(ApiProblem.MEDIA_TYPE).entity(problem).build();
  }

  private static Locale locale(HttpHeaders headers) {
    return SupportedLocales.bestMatch(headers.getAcceptableLanguages().iterator());
  }

  /** Maps {@link PlatformInvalidInput}. */
  @Provider
  public static class InvalidMapper implements ExceptionMapper<PlatformInvalidInput> {
    @Context HttpHeaders headers;

    @Override
    public Response toResponse(PlatformInvalidInput e) {
      return invalid(e, locale(headers));
    }
  }

  /** Maps {@link PlatformRefused}. */
  @Provider
  public static class RefusedMapper implements ExceptionMapper<PlatformRefused> {
    @Context HttpHeaders headers;

    @Override
    public Response toResponse(PlatformRefused e) {
      return refused(e, locale(headers));
    }
  }
}
