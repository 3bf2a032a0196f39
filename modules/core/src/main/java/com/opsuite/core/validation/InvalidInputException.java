package com.opsuite.core.validation;

import java.util.List;

/**
 * Input refused before anything was written: every field at fault, each with a message key (and
 * arguments) that pages and the REST API localize for the user.
 */
public class InvalidInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<Violation> violations;

  public InvalidInputException(List<Violation> violations) {
    super("Invalid input: " + violations);
    this.violations = List.copyOf(violations);
  }

  public static InvalidInputException of(String field, String messageKey, Object... args) {
    return new InvalidInputException(List.of(new Violation(field, messageKey, args)));
  }

  public List<Violation> violations() {
    return violations;
  }

  /** A field and the key of the message that explains what is wrong with it. */
  public record Violation(String field, String messageKey, Object... args) {
    @Override
    public String toString() {
      return field + ":" + messageKey;
    }
  }
}
