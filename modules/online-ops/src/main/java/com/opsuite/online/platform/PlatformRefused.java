package com.opsuite.online.platform;

/**
 * A platform or credential action that cannot be done as asked: no such record in this tenant
 * (404), or it conflicts with what is stored (409). The message key, in the module's bundle, says
 * why.
 */
public class PlatformRefused extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String messageKey;
  private final transient Object[] args;

  public PlatformRefused(int status, String messageKey, Object... args) {
    super(status + " " + messageKey);
    this.status = status;
    this.messageKey = messageKey;
    this.args = args;
  }

  public static PlatformRefused notFound() {
    return new PlatformRefused(404, "platform.notFound");
  }

  public static PlatformRefused conflict(String messageKey, Object... args) {
    return new PlatformRefused(409, messageKey, args);
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
}
