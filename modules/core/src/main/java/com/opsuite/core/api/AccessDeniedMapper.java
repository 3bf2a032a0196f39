package com.opsuite.core.api;

import com.opsuite.core.i18n.SupportedLocales;
import com.opsuite.core.security.AccessDeniedException;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/** 401 when nobody signed in, 403 when the caller lacks the permission (named in the detail). */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<AccessDeniedException> {

  @Inject ProblemResponses problems;
  @Context HttpHeaders headers;

  @Override
  public Response toResponse(AccessDeniedException e) {
    Locale locale = SupportedLocales.bestMatch(headers.getAcceptableLanguages().iterator());
    return e.signedIn()
        ? problems.forbidden(locale, "problem.forbidden.detail", e.permission())
        : problems.unauthenticated(locale);
  }
}
