package com.opsuite.online.cadence;

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

/** A refused cadence, occasion or calendar request as problem+json, worded from the bundle. */
@Provider
public class CadenceRefusedMapper implements ExceptionMapper<CadenceRefused> {

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(CadenceRefused e) {
    Locale locale = SupportedLocales.bestMatch(headers.getAcceptableLanguages().iterator());
    String detail = OnlineTexts.text(locale, e.messageKey(), e.args());
    List<ApiProblem.FieldError> errors =
        e.field() == null
            ? List.of()
            : List.of(new ApiProblem.FieldError(e.field(), e.messageKey(), detail));
    String titleKey =
        e.status() == 400 ? "problem.validation.title" : ProblemResponses.titleKey(e.status());
    ApiProblem problem =
        new ApiProblem(
            "urn:opsuite:problem:online-cadence",
            CoreMessages.format(locale, titleKey),
            e.status(),
            detail,
            errors);
    return Response.status(e.status()).type(ApiProblem.MEDIA_TYPE).entity(problem).build();
  }
}
