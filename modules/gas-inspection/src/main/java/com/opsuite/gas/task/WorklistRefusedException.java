package com.opsuite.gas.task;

/**
 * A worklist request that cannot be done as asked: no such task here (404), input the worklist
 * cannot take (400), or a task no longer as the caller saw it (409). The message key is in the
 * module's bundle.
 */
public class WorklistRefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String messageKey;
  private final transient Object[] args;

  public WorklistRefusedException(int status, String messageKey, Object... args) {
    super(status + " " + messageKey);
    this.status = status;
    this.messageKey = messageKey;
    this.args = args;
  }

  public static WorklistRefusedException notFound() {
    return new WorklistRefusedException(404, "worklist.notFound");
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
