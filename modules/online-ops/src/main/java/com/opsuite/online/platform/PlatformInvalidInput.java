package com.opsuite.online.platform;

import com.opsuite.core.validation.InvalidInputException;
import jakarta.validation.ConstraintViolation;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Platform or credential input refused before anything was written, with keys of the module's
 * bundle; its own mapper localizes them (core's knows only core's bundle).
 */
public class PlatformInvalidInput extends InvalidInputException {

  private static final long serialVersionUID = 1L;

  public PlatformInvalidInput(List<Violation> violations) {
    super(violations);
  }

  public static PlatformInvalidInput of(String field, String messageKey, Object... args) {
    return new PlatformInvalidInput(List.of(new Violation(field, messageKey, args)));
  }

  /**
   * Bean Validation's findings as violations: the constraints' messages are keys of the bundle
   * (written without braces, so the validator leaves them as they are).
   */
  public static <T> List<Violation> of(Collection<ConstraintViolation<T>> found) {
    return found.stream()
        .map(v -> new Violation(v.getPropertyPath().toString(), v.getMessageTemplate()))
        .sorted(Comparator.comparing(Violation::field))
        .toList();
  }
}
