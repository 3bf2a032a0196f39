package com.opsuite.core.text;

/**
 * Text for a cell of a CSV export. A spreadsheet opening the file runs a cell that starts with
 * {@code = + - @} (or a tab or carriage return before one) as a formula, so a stored name such as
 * {@code =cmd|' /C calc'!A0} would become a command; a leading apostrophe makes it plain text.
 */
public final class SpreadsheetCells {

  private static final String FORMULA_STARTS = "=+-@\t\r";

  private SpreadsheetCells() {}

  /** The value as plain text for a spreadsheet; null stays null. */
  public static String plain(String value) {
    if (value == null || value.isEmpty() || FORMULA_STARTS.indexOf(value.charAt(0)) < 0) {
      return value;
    }
    return "'" + value;
  }
}
