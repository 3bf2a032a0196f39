package com.opsuite.online.service;

/**
 * A customer-service request refused before anything was written: bad input (400), no such ticket
 * in this tenant (404), or a state or version that no longer allows it (409). The message key is in
 * the module's bundle, which core's handlers do not read.
 */
public class ServiceRefused extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String field;
  private final String messageKey;
  private final transient Object[] args;

  ServiceRefused(int status, String field, String messageKey, Object... args) {
    super(status + " " + messageKey);
    this.status = status;
    this.field = field;
    this.messageKey = messageKey;
    this.args = args;
  }

  static ServiceRefused invalid(String field, String messageKey, Object... args) {
    return new ServiceRefused(400, field, messageKey, args);
  }

  static ServiceRefused notFound() {
    return new ServiceRefused(404, null, "ticket.problem.notFound");
  }

  static ServiceRefused conflict(String messageKey, Object... args) {
    return new ServiceRefused(409, null, messageKey, args);
  }

  public int status() {
    return status;
  }

  public String field() {
    return field;
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] args() {
    return args;
  }

  /** The arguments in a language: a {@link Text} argument is looked up in the bundle. */
  public Object[] args(java.util.Locale locale) {
    Object[] shown = args.clone();
    for (int i = 0; i < shown.length; i++) {
      if (shown[i] instanceof Text t) {
        shown[i] = com.opsuite.online.OnlineTexts.text(locale, t.key());
      }
    }
    return shown;
  }

  /** An argument that is itself a text of the bundle, such as the name of a state. */
  public record Text(String key) {}
}
