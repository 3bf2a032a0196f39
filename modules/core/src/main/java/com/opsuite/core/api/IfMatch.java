package com.opsuite.core.api;

import com.opsuite.core.validation.InvalidInputException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version a client read, sent back in {@code If-Match} ({@code 3}, {@code "3"} or {@code
 * W/"3"}) by operations whose body is a whole set (a user's roles, a result's peers, the grade
 * bands) and so has no version field of its own. Required: without it a stale set would silently
 * replace one saved meanwhile.
 */
public final class IfMatch {

  private static final Pattern VERSION = Pattern.compile("^(?:W/)?\"?(\\d{1,18})\"?$");

  private IfMatch() {}

  /** The version in the header; refused (400) when it is missing or not a version. */
  public static long required(String header) {
    if (header == null || header.isBlank()) {
      throw InvalidInputException.of("If-Match", "problem.ifMatch.required");
    }
    Matcher m = VERSION.matcher(header.strip());
    if (!m.matches()) {
      throw InvalidInputException.of("If-Match", "problem.ifMatch.invalid");
    }
    return Long.parseLong(m.group(1));
  }
}
