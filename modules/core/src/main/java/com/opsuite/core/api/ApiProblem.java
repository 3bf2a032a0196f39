package com.opsuite.core.api;

import java.util.List;

/**
 * An RFC 9457 problem body: what went wrong for a person ({@code title}, {@code detail}, localized)
 * and, for invalid input, which fields and why, so a client can show each error beside its field.
 */
public record ApiProblem(
    String type, String title, int status, String detail, List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /** One invalid field: its name, a stable message key and the localized message. */
  public record FieldError(String field, String code, String message) {}
}
