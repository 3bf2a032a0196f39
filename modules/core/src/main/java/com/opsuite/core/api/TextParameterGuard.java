package com.opsuite.core.api;

import com.opsuite.core.validation.InvalidInputException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;

/**
 * Path and query parameters holding text that cannot be stored or searched for (see {@link
 * UnstorableText}, e.g. {@code ?q=%00}) are refused with 400 naming the parameter, before any
 * operation passes them to the database.
 */
@Provider
public class TextParameterGuard implements ContainerRequestFilter {

  @Override
  public void filter(ContainerRequestContext request) {
    refuse(request.getUriInfo().getPathParameters());
    refuse(request.getUriInfo().getQueryParameters());
  }

  private static void refuse(MultivaluedMap<String, String> parameters) {
    for (Map.Entry<String, List<String>> p : parameters.entrySet()) {
      for (String value : p.getValue()) {
        if (UnstorableText.in(value)) {
          throw InvalidInputException.of(p.getKey(), "input.text.unstorable");
        }
      }
    }
  }
}
