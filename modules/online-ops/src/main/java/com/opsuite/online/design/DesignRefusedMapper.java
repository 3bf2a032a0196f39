package com.opsuite.online.design;

import com.opsuite.core.api.ApiProblem;
import com.opsuite.core.api.ProblemResponses;
import com.opsuite.core.i18n.CoreMessages;
import com.opsuite.core.i18n.SupportedLocales;
import com.opsuite.online.OnlineTexts;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;

/**
 * A refused design, budget or expense request as problem+json (RFC 9457), in the caller's language.
 */
@Provider
public class DesignRefusedMapper implements ExceptionMapper<DesignRefusedException> {

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(DesignRefusedException e) {
    Locale locale = SupportedLocales.bestMatch(headers.getAcceptableLanguages().iterator());
    String detail = OnlineTexts.text(locale, e.messageKey(), e.args(locale));
    List<ApiProblem.FieldError> errors =
        e.field() == null
            ? List.of()
            : List.of(new ApiProblem.FieldError(e.field(), e.messageKey(), detail));
    ApiProblem problem =
        new ApiProblem(
            "urn:opsuite:problem:online-ops",
            CoreMessages.format(locale, titleKey(e.status())),
            e.status(),
            detail,
            errors);
    return Response.status(e.status()).type(ApiProblem.MEDIA_TYPE).entity(problem).build();
  }

  private static String titleKey(int status) {
    return switch (status) {
      case 400, 413, 415 -> "problem.validation.title";
      default -> ProblemResponses.titleKey(status);
    };
  }
}
