package com.opsuite.gas.inspection;

import com.opsuite.core.api.ApiProblem;
import com.opsuite.core.api.ProblemResponses;
import com.opsuite.core.i18n.CoreMessages;
import com.opsuite.core.i18n.SupportedLocales;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;

/** A refused inspection request as problem+json: core's title, the module's explanation. */
@Provider
public class InspectionRefusedMapper implements ExceptionMapper<InspectionRefused> {

  @Inject CoreMessages core;
  @Context HttpHeaders headers;

  @Override
  public Response toResponse(InspectionRefused e) {
    Locale locale = SupportedLocales.bestMatch(headers.getAcceptableLanguages().iterator());
    int status = e.status();
    String titleKey =
        switch (status) {
          case 413, 422 -> "problem.badRequest.title";
          default -> ProblemResponses.titleKey(status);
        };
    String detail = InspectionTexts.text(locale, e.messageKey(), e.args());
    // The key goes along as the error's code, so a client can tell refusals apart without parsing.
    ApiProblem problem =
        new ApiProblem(
            "urn:opsuite:problem:gas-inspection",
            core.text(locale, titleKey),
            status,
            detail,
            List.of(new ApiProblem.FieldError(null, e.messageKey(), detail)));
    return Response.status(status).type(ApiProblem.MEDIA_TYPE).entity(problem).build();
  }
}
