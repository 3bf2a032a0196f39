package com.opsuite.online.campaign;

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

/** A refused campaign request as problem+json (RFC 9457), worded from the module's bundle. */
@Provider
public class CampaignRefusedMapper implements ExceptionMapper<CampaignRefused> {

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(CampaignRefused e) {
    Locale locale = SupportedLocales.bestMatch(headers.getAcceptableLanguages().iterator());
    String detail = OnlineTexts.text(locale, e.messageKey(), e.args(locale));
    List<ApiProblem.FieldError> errors =
        e.fields().stream()
            .map(
                f ->
                    new ApiProblem.FieldError(
                        f.field(),
                        f.messageKey(),
                        e.fields().size() == 1 ? detail : OnlineTexts.text(locale, f.messageKey())))
            .toList();
    ApiProblem problem =
        new ApiProblem(
            "urn:opsuite:problem:online-campaign",
            CoreMessages.format(
                locale,
                e.status() == 400
                    ? "problem.validation.title"
                    : ProblemResponses.titleKey(e.status())),
            e.status(),
            detail,
            errors);
    return Response.status(e.status()).type(ApiProblem.MEDIA_TYPE).entity(problem).build();
  }
}
