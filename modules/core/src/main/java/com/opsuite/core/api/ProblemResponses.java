package com.opsuite.core.api;

import com.opsuite.core.i18n.CoreMessages;
import com.opsuite.core.validation.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;

/** Builds the API's problem+json answers (RFC 9457), localized; the one place their shape lives. */
@ApplicationScoped
public class ProblemResponses {

  @Inject CoreMessages messages;

  public Response invalidInput(InvalidInputException e, Locale locale) {
    ApiProblem problem =
        new ApiProblem(
            "urn:opsuite:problem:invalid-input",
            messages.text(locale, "problem.validation.title"),
            400,
            messages.text(locale, "problem.validation.detail"),
            e.violations().stream()
                .map(
                    v ->
                        new ApiProblem.FieldError(
                            v.field(),
                            v.messageKey(),
                            messages.text(locale, v.messageKey(), v.args())))
                .toList());
    return build(problem);
  }

  /** A problem without field errors; {@code detailKey} may be null. */
  public Response problem(
      int status,
      String type,
      Locale locale,
      String titleKey,
      String detailKey,
      Object... detailArgs) {
    return build(
        new ApiProblem(
            type,
            messages.text(locale, titleKey),
            status,
            detailKey == null ? null : messages.text(locale, detailKey, detailArgs),
            List.of()));
  }

  /** 413: a request body larger than the operation takes, in megabytes; nothing was saved. */
  public Response bodyTooLarge(Locale locale, long maxMegabytes) {
    return problem(
        413,
        "urn:opsuite:problem:body-too-large",
        locale,
        "problem.body.tooLarge.title",
        "problem.body.tooLarge",
        maxMegabytes);
  }

  /** 401: nobody signed in, or the token is missing, invalid or expired. */
  public Response unauthenticated(Locale locale) {
    return problem(
        401,
        "urn:opsuite:problem:unauthenticated",
        locale,
        "problem.unauthenticated.title",
        "problem.unauthenticated.detail");
  }

  /** 403: the caller is known but may not do this; the detail says why. */
  public Response forbidden(Locale locale, String detailKey, Object... detailArgs) {
    return problem(
        403,
        "urn:opsuite:problem:forbidden",
        locale,
        "problem.forbidden.title",
        detailKey,
        detailArgs);
  }

  /** The title key for a plain HTTP status. */
  public static String titleKey(int status) {
    return switch (status) {
      case 401 -> "problem.unauthenticated.title";
      case 403 -> "problem.forbidden.title";
      case 404 -> "problem.notFound.title";
      case 409 -> "problem.conflict.title";
      default -> status >= 500 ? "problem.server.title" : "problem.badRequest.title";
    };
  }

  private static Response build(ApiProblem problem) {
    return Response.status(problem.status()).type(ApiProblem.MEDIA_TYPE).entity(problem).build();
  }
}
