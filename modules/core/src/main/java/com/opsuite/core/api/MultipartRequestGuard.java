package com.opsuite.core.api;

import com.opsuite.core.i18n.SupportedLocales;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * An upload form (multipart/form-data) sent without that content type is refused with 415: the
 * framework would match the operation anyway (no type matches any) and then fail to read its form
 * fields, a 500.
 */
@Provider
public class MultipartRequestGuard implements ContainerRequestFilter {

  @Context ResourceInfo resource;
  @Inject ProblemResponses problems;

  @Override
  public void filter(ContainerRequestContext request) {
    Method method = resource.getResourceMethod();
    if (method == null || !consumesOnlyMultipart(method)) {
      return;
    }
    MediaType type = request.getMediaType();
    if (type == null || !type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE)) {
      throw new WebApplicationException(
          problems.problem(
              415,
              "urn:opsuite:problem:unsupported-media-type",
              SupportedLocales.bestMatch(request.getAcceptableLanguages().iterator()),
              "problem.badRequest.title",
              "problem.body.multipartRequired"));
    }
  }

  private static boolean consumesOnlyMultipart(Method method) {
    Consumes consumes = method.getAnnotation(Consumes.class);
    if (consumes == null) {
      consumes = method.getDeclaringClass().getAnnotation(Consumes.class);
    }
    return consumes != null
        && Arrays.stream(consumes.value())
            .allMatch(t -> t.startsWith(MediaType.MULTIPART_FORM_DATA));
  }
}
