package com.opsuite.gas.inspection;

/**
 * An inspection request that cannot be done as asked, with the HTTP status that says why (403 not
 * the caller's, 404 no such record here, 409 moved on meanwhile, 413 too large, 422 not acceptable)
 * and a key of the module's bundle that explains it to the person.
 */
public class InspectionRefused extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String messageKey;
  private final transient Object[] args;

  public InspectionRefused(int status, String messageKey, Object... args) {
    super(status + " " + messageKey);
    this.status = status;
    this.messageKey = messageKey;
    this.args = args;
  }

  static InspectionRefused notFound() {
    return new InspectionRefused(404, "inspection.refused.notFound");
  }

  static InspectionRefused invalid(String messageKey, Object... args) {
    return new InspectionRefused(400, messageKey, args);
  }

  static InspectionRefused conflict(String messageKey, Object... args) {
    return new InspectionRefused(409, messageKey, args);
  }

  static InspectionRefused forbidden(String messageKey, Object... args) {
    return new InspectionRefused(403, messageKey, args);
  }

  static InspectionRefused unacceptable(String messageKey, Object... args) {
    return new InspectionRefused(422, messageKey, args);
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
