package com.opsuite.core.appraisal;

/**
 * An appraisal action that cannot be done as asked: not the caller's (403), nothing of the kind
 * here (404), or not in the state it needs, such as a second submission or a locked result (409).
 */
public class AppraisalRefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String messageKey;
  private final transient Object[] args;

  AppraisalRefusedException(int status, String messageKey, Object... args) {
    super(status + " " + messageKey);
    this.status = status;
    this.messageKey = messageKey;
    this.args = args;
  }

  static AppraisalRefusedException notYours(String messageKey) {
    return new AppraisalRefusedException(403, messageKey);
  }

  static AppraisalRefusedException notFound() {
    return new AppraisalRefusedException(404, "appraisal.notFound");
  }

  static AppraisalRefusedException conflict(String messageKey, Object... args) {
    return new AppraisalRefusedException(409, messageKey, args);
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
