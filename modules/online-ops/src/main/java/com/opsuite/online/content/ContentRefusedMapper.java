package com.opsuite.online.content;

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
 * A refused content request as problem+json (RFC 9457), worded from the module's bundle; refused
 * input has the same shape as core's, one error per field.
 */
@Provider
public class ContentRefusedMapper implements ExceptionMapper<ContentRefusedException> {

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(ContentRefusedException e) {
    Locale locale = SupportedLocales.bestMatch(headers.getAcceptableLanguages().iterator());
    List<ApiProblem.FieldError> errors =
        e.violations().stream()
            .map(
                v ->
                    new ApiProblem.FieldError(
                        v.field(),
                        v.messageKey(),
                        OnlineTexts.text(locale, v.messageKey(), v.args())))
            .toList();
    boolean invalid = e.status() == 400;
    ApiProblem problem =
        new ApiProblem(
            invalid ? "urn:opsuite:problem:invalid-input" : "urn:opsuite:problem:online-content",
            CoreMessages.format(
                locale,
                invalid ? "problem.validation.title" : ProblemResponses.titleKey(e.status())),
            e.status(),
            invalid
                ? CoreMessages.format(locale, "problem.validation.detail")
                : OnlineTexts.text(locale, e.messageKey(), e.args()),
            errors);
    return Response.status(e.status()).type(ApiProblem.MEDIA_TYPE).entity(problem).build();
  }
}
