package com.opsuite.online.data;

/**
 * An action on platform data or meeting records that cannot be done as asked: no such record in
 * this tenant (404), or someone changed it meanwhile (409). The key, in the module's bundle, says
 * why.
 */
public class DataRefused extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String messageKey;
  private final transient Object[] args;

  public DataRefused(int status, String messageKey, Object... args) {
    super(status + " " + messageKey);
    this.status = status;
    this.messageKey = messageKey;
    this.args = args;
  }

  public static DataRefused notFound(String messageKey, Object... args) {
    return new DataRefused(404, messageKey, args);
  }

  public static DataRefused changedMeanwhile() {
    return new DataRefused(409, "data.changedMeanwhile");
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
