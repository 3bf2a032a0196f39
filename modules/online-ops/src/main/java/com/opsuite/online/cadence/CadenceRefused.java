package com.opsuite.online.cadence;

/**
 * A cadence, occasion or calendar request refused before anything was written: bad input (400), no
 * such record in this tenant (404), a stale or conflicting state (409). The key is in the module's
 * bundle, which core's handlers do not read.
 */
public class CadenceRefused extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String field;
  private final String messageKey;
  private final transient Object[] args;

  public CadenceRefused(int status, String field, String messageKey, Object... args) {
    super(status + " " + messageKey);
    this.status = status;
    this.field = field;
    this.messageKey = messageKey;
    this.args = args;
  }

  public static CadenceRefused invalid(String field, String messageKey, Object... args) {
    return new CadenceRefused(400, field, messageKey, args);
  }

  public static CadenceRefused notFound() {
    return new CadenceRefused(404, null, "cadence.notFound");
  }

  public static CadenceRefused stale() {
    return new CadenceRefused(409, null, "cadence.stale");
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
