package com.opsuite.core.audit;

import com.opsuite.core.text.SpreadsheetCells;
import java.util.List;

/** Writes audit entries as RFC 4180 CSV, with a byte-order mark so Excel reads it as UTF-8. */
public final class AuditCsv {

  static final String HEADER = "occurred_at,actor,source_address,action,target,before,after";

  private AuditCsv() {}

  public static String write(List<AuditEvent> events) {
    StringBuilder csv = new StringBuilder("\uFEFF").append(HEADER).append("\r\n");
    for (AuditEvent e : events) {
      csv.append(field(e.getOccurredAt().toString()))
          .append(',')
          .append(field(e.getActor()))
          .append(',')
          .append(field(e.getSourceAddress()))
          .append(',')
          .append(field(e.getAction()))
          .append(',')
          .append(field(e.getTarget()))
          .append(',')
          .append(field(e.getBeforeValue()))
          .append(',')
          .append(field(e.getAfterValue()))
          .append("\r\n");
    }
    return csv.toString();
  }

  /**
   * Quotes a field when needed, and defuses a leading {@code = + - @} so a spreadsheet never runs a
   * value someone typed as a formula.
   */
  static String field(String value) {
    if (value == null) {
      return "";
    }
    String text = SpreadsheetCells.plain(value);
    boolean quote =
        text.contains(",")
            || text.contains("\"")
            || text.contains("\n")
            || text.contains("\r")
            || !text.equals(value);
    return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
  }
}
