package com.opsuite.online.design;

import com.opsuite.online.OnlineTexts;
import com.opsuite.online.budget.ClaimStatus;
import java.util.Locale;

/**
 * A design, budget or expense request refused before anything was written: bad input (400), no such
 * record in this tenant (404), a state that no longer allows it or a stale version (409), a file
 * too large (413) or not of an accepted type (415). The message key is in the module's bundle.
 */
public class DesignRefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String field;
  private final String messageKey;
  private final transient Object[] args;

  public DesignRefusedException(int status, String field, String messageKey, Object... args) {
    super(status + " " + messageKey);
    this.status = status;
    this.field = field;
    this.messageKey = messageKey;
    this.args = args;
  }

  public static DesignRefusedException invalid(String field, String messageKey, Object... args) {
    return new DesignRefusedException(400, field, messageKey, args);
  }

  public static DesignRefusedException notFound() {
    return new DesignRefusedException(404, null, "design.problem.notFound");
  }

  public static DesignRefusedException conflict(String messageKey, Object... args) {
    return new DesignRefusedException(409, null, messageKey, args);
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

  /** The arguments for a reader: states as their labels in the language, the rest as they are. */
  public Object[] args(Locale locale) {
    Object[] shown = args == null ? new Object[0] : args.clone();
    for (int i = 0; i < shown.length; i++) {
      if (shown[i] instanceof DesignStatus s) {
        shown[i] = OnlineTexts.text(locale, "design.status." + s.name());
      } else if (shown[i] instanceof SettlementStatus s) {
        shown[i] = OnlineTexts.text(locale, "design.settlementStatus." + s.name());
      } else if (shown[i] instanceof ClaimStatus s) {
        shown[i] = OnlineTexts.text(locale, "expense.status." + s.name());
      }
    }
    return shown;
  }
}
