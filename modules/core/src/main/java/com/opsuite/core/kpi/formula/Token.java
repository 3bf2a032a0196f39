package com.opsuite.core.kpi.formula;

/** One word, number, quoted code or symbol of a formula, with the column it starts at (1-based). */
record Token(Kind kind, String text, int column) {

  enum Kind {
    NUMBER,
    NAME,
    TEXT,
    SYMBOL,
    END
  }

  boolean is(String symbol) {
    return kind == Kind.SYMBOL && text.equals(symbol);
  }
}
