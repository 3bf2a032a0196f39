package com.opsuite.core.kpi.formula;

import java.util.Arrays;

/**
 * A formula refused when it was read: what is wrong (a message key in core's bundle) and where (the
 * 1-based column in the text as the admin wrote it). The column is always the message's first
 * argument, so every message can say where.
 */
public class FormulaException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String messageKey;
  private final int column;
  private final transient Object[] details;

  public FormulaException(String messageKey, int column, Object... details) {
    super(messageKey + " at column " + column + " " + Arrays.toString(details));
    this.messageKey = messageKey;
    this.column = column;
    this.details = details.clone();
  }

  public String messageKey() {
    return messageKey;
  }

  public int column() {
    return column;
  }

  /** The message's arguments: the column, then what the message names. */
  public Object[] arguments() {
    Object[] all = new Object[details.length + 1];
    all[0] = String.valueOf(column);
    System.arraycopy(details, 0, all, 1, details.length);
    return all;
  }
}
