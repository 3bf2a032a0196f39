package com.opsuite.online.content;

import java.util.List;

/**
 * A content request refused before anything was written: bad input (400, one line per field), not
 * this caller's to do (403), no such piece in this tenant (404) or a state that does not allow it
 * (409). The message keys are in the module's bundle, which core's handlers do not read.
 */
public class ContentRefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** One refused field with its message key and arguments. */
  public record Violation(String field, String messageKey, Object... args) {}

  private final int status;
  private final String messageKey;
  private final transient Object[] args;
  private final transient List<Violation> violations;

  private ContentRefusedException(
      int status, String messageKey, List<Violation> violations, Object... args) {
    super(status + " " + messageKey);
    this.status = status;
    this.messageKey = messageKey;
    this.violations = List.copyOf(violations);
    this.args = args;
  }

  public static ContentRefusedException invalid(String field, String messageKey, Object... args) {
    return new ContentRefusedException(
        400, messageKey, List.of(new Violation(field, messageKey, args)), args);
  }

  public static ContentRefusedException invalid(List<Violation> violations) {
    return new ContentRefusedException(400, violations.get(0).messageKey(), violations);
  }

  public static ContentRefusedException forbidden(String messageKey) {
    return new ContentRefusedException(403, messageKey, List.of());
  }

  public static ContentRefusedException notFound() {
    return new ContentRefusedException(404, "content.notFound", List.of());
  }

  public static ContentRefusedException conflict(String messageKey, Object... args) {
    return new ContentRefusedException(409, messageKey, List.of(), args);
  }

  public int status() {
    return status;
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] args() {
    return args;
  }

  public List<Violation> violations() {
    return violations;
  }
}
