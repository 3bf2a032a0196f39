package com.opsuite.core.kpi.formula;

/**
 * Where a formula names a measure ({@code m['app.downloads.actual']}) or another indicator ({@code
 * i['download-completion']}), with the column of the name for messages.
 */
public record Reference(Kind kind, String code, int column) {

  public enum Kind {
    MEASURE,
    INDICATOR
  }

  /** The same measure or indicator, wherever in the formula it is named. */
  public boolean sameName(Reference other) {
    return kind == other.kind && code.equals(other.code);
  }
}
