package com.opsuite.core.approval;

import com.opsuite.core.api.ProblemResponses;
import com.opsuite.core.i18n.SupportedLocales;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/** A refused approval action as problem+json with its status and explanation. */
@Provider
public class ApprovalRefusedMapper implements ExceptionMapper<ApprovalRefusedException> {

  @Inject ProblemResponses problems;
  @Context HttpHeaders headers;

  @Override
  public Response toResponse(ApprovalRefusedException e) {
    Locale locale = SupportedLocales.bestMatch(headers.getAcceptableLanguages().iterator());
    return problems.problem(
        e.status(),
        "urn:opsuite:problem:approval",
        locale,
        ProblemResponses.titleKey(e.status()),
        e.messageKey(),
        e.args());
  }
}
