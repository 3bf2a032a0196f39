package com.opsuite.core.approval;

/**
 * An action on an approval that cannot be done as asked: not the caller's to do (403), no such
 * approval here (404), or the approval moved on meanwhile (409). The message key explains it.
 */
public class ApprovalRefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String messageKey;
  private final transient Object[] args;

  ApprovalRefusedException(int status, String messageKey, Object... args) {
    super(status + " " + messageKey);
    this.status = status;
    this.messageKey = messageKey;
    this.args = args;
  }

  static ApprovalRefusedException notYours() {
    return new ApprovalRefusedException(403, "approval.refused.notYours");
  }

  static ApprovalRefusedException notFound() {
    return new ApprovalRefusedException(404, "approval.refused.notFound");
  }

  static ApprovalRefusedException conflict(String messageKey, Object... args) {
    return new ApprovalRefusedException(409, messageKey, args);
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
