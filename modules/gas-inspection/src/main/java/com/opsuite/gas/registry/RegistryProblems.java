package com.opsuite.gas.registry;

import com.opsuite.core.api.ApiProblem;
import com.opsuite.core.api.ProblemResponses;
import com.opsuite.core.i18n.CoreMessages;
import com.opsuite.core.i18n.SupportedLocales;
import com.opsuite.core.validation.InvalidInputException;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;

/** The registry's refusals as problem+json in the caller's language: 400 per field, 404, 409. */
public final class RegistryProblems {

  private RegistryProblems() {}

  static Response invalid(InvalidInputException e, Locale locale, RegistryTexts texts) {
    return build(
        new ApiProblem(
            "urn:opsuite:problem:invalid-input",
            CoreMessages.format(locale, "problem.validation.title"),
            400,
            CoreMessages.format(locale, "problem.validation.detail"),
            e.violations().stream()
                .map(
                    v ->
                        new ApiProblem.FieldError(
                            v.field(),
                            v.messageKey(),
                            texts.text(locale, v.messageKey(), v.args())))
                .toList()));
  }

  static Response refused(RegistryRefused e, Locale locale, RegistryTexts texts) {
    return build(
        new ApiProblem(
            "urn:opsuite:problem:gas-registry",
            CoreMessages.format(locale, ProblemResponses.titleKey(e.status())),
            e.status(),
            texts.text(locale, e.messageKey(), e.args()),
            List.of()));
  }

  private static Response build(ApiProblem problem) {
    return Response.status(problem.status()).type(ApiProblem.MEDIA_TYPE).entity(problem).build();
  }

  /** Maps {@link RegistryInvalidInput}. */
  @Provider
  public static class InvalidMapper implements ExceptionMapper<RegistryInvalidInput> {
    @Inject RegistryTexts texts;
    @Context HttpHeaders headers;

    @Override
    public Response toResponse(RegistryInvalidInput e) {
      return invalid(
          e, SupportedLocales.bestMatch(headers.getAcceptableLanguages().iterator()), texts);
    }
  }

  /** Maps {@link RegistryRefused}. */
  @Provider
  public static class RefusedMapper implements ExceptionMapper<RegistryRefused> {
    @Inject RegistryTexts texts;
    @Context HttpHeaders headers;

    @Override
    public Response toResponse(RegistryRefused e) {
      return refused(
          e, SupportedLocales.bestMatch(headers.getAcceptableLanguages().iterator()), texts);
    }
  }
}
