package com.opsuite.core.api;

import com.opsuite.core.i18n.CoreMessages;
import com.opsuite.core.i18n.SupportedLocales;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every other failure of an API call: a problem+json body in the caller's language, never a stack
 * trace or an HTML page. A concurrent edit is 409; anything unexpected is 500 with a reference that
 * is also in the log.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

  @Inject CoreMessages messages;
  @Context HttpHeaders headers;

  @Override
  public Response toResponse(Throwable e) {
    if (e instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
      return web.getResponse();
    }
    Locale locale = SupportedLocales.bestMatch(headers.getAcceptableLanguages().iterator());
    if (isConflict(e)) {
      return problem(409, locale, "problem.conflict.title", "problem.conflict.detail", null);
    }
    String reference = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "API request failed, reference " + reference, e);
    return problem(500, locale, "problem.server.title", "problem.server.detail", reference);
  }

  private static boolean isConflict(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof OptimisticLockException) {
        return true;
      }
    }
    return false;
  }

  private Response problem(int status, Locale locale, String title, String detail, String reference) {
    ApiProblem body =
        new ApiProblem(
            reference == null ? "about:blank" : "urn:opsuite:error:" + reference,
            messages.text(locale, title),
            status,
            messages.text(locale, detail),
            List.of());
    return Response.status(status).type(ApiProblem.MEDIA_TYPE).entity(body).build();
  }
}
