package com.opsuite.gas.task;

import com.opsuite.core.api.ApiProblem;
import com.opsuite.core.api.ProblemResponses;
import com.opsuite.core.i18n.CoreMessages;
import com.opsuite.core.i18n.SupportedLocales;
import com.opsuite.gas.GasTexts;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;

/** A refused worklist request as problem+json, its detail from the module's bundle. */
@Provider
public class WorklistRefusedMapper implements ExceptionMapper<WorklistRefusedException> {

  @Inject CoreMessages core;
  @Context HttpHeaders headers;

  @Override
  public Response toResponse(WorklistRefusedException e) {
    Locale locale = SupportedLocales.bestMatch(headers.getAcceptableLanguages().iterator());
    String detail = GasTexts.text(locale, e.messageKey(), e.args());
    ApiProblem problem =
        new ApiProblem(
            "urn:opsuite:problem:gas-worklist",
            core.text(locale, ProblemResponses.titleKey(e.status())),
            e.status(),
            detail,
            List.of());
    return Response.status(e.status()).type(ApiProblem.MEDIA_TYPE).entity(problem).build();
  }
}
