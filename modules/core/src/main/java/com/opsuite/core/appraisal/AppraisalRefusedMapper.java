package com.opsuite.core.appraisal;

import com.opsuite.core.api.ProblemResponses;
import com.opsuite.core.i18n.SupportedLocales;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A refused appraisal action as problem+json with its status and explanation. */
@Provider
public class AppraisalRefusedMapper implements ExceptionMapper<AppraisalRefusedException> {

  @Inject ProblemResponses problems;
  @Context HttpHeaders headers;

  @Override
  public Response toResponse(AppraisalRefusedException e) {
    return problems.problem(
        e.status(),
        "urn:opsuite:problem:appraisal",
        SupportedLocales.bestMatch(headers.getAcceptableLanguages().iterator()),
        ProblemResponses.titleKey(e.status()),
        e.messageKey(),
        e.args());
  }
}
