package com.opsuite.gas.problem;

/**
 * A gas request refused before anything was written: bad input (400), no such record in this tenant
 * (404), a state that no longer allows it (409), too large (413) or an unreadable file (415). The
 * message key is in the module's bundle, which core's handlers do not read.
 */
public class GasRefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String field;
  private final String messageKey;
  private final transient Object[] args;

  public GasRefusedException(int status, String field, String messageKey, Object... args) {
    super(status + " " + messageKey);
    this.status = status;
    this.field = field;
    this.messageKey = messageKey;
    this.args = args;
  }

  public static GasRefusedException invalid(String field, String messageKey, Object... args) {
    return new GasRefusedException(400, field, messageKey, args);
  }

  public static GasRefusedException notFound() {
    return new GasRefusedException(404, null, "problem.notFound");
  }

  public static GasRefusedException conflict(String messageKey, Object... args) {
    return new GasRefusedException(409, null, messageKey, args);
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
}
