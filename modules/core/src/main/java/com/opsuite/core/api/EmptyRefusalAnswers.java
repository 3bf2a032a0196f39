package com.opsuite.core.api;

import com.opsuite.core.i18n.SupportedLocales;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;

/**
 * An operation that answers a 4xx or 5xx with no body ({@code Response.status(404).build()}, or a
 * filter aborting the request) is given the problem+json for its status in the caller's language.
 * Without a body, Jersey hands the status to the servlet container, whose error page is HTML: the
 * API promises problem+json on every failure, whichever code path refused.
 */
@Provider
public class EmptyRefusalAnswers implements ContainerResponseFilter {

  @Inject ProblemResponses problems;

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    int status = response.getStatus();
    if (status < 400 || response.hasEntity()) {
      return;
    }
    Response problem =
        problems.problem(
            status,
            "about:blank",
            SupportedLocales.bestMatch(request.getAcceptableLanguages().iterator()),
            ProblemResponses.titleKey(status),
            null);
    response.setEntity(problem.getEntity(), new Annotation[0], problem.getMediaType());
  }
}
