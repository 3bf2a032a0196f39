package com.opsuite.core.persistence;

import java.util.Locale;

/**
 * Searching lists by the words a user typed: a JPQL {@code LIKE} that finds them anywhere, case
 * ignored, with {@code %} and {@code _} meaning themselves. Use as {@code LOWER(x.title) LIKE :q
 * ESCAPE '\'} (see {@link #ESCAPE}) with {@link #containing(String)} bound to {@code :q}.
 */
public final class Like {

  /** The clause to write after each {@code LIKE :param} the pattern is bound to. */
  public static final String ESCAPE = " ESCAPE '\\'";

  private Like() {}

  public static String containing(String words) {
    String literal =
        words
            .strip()
            .toLowerCase(Locale.ROOT)
            .replace("\\", "\\\\")
            .replace("%", "\\%")
            .replace("_", "\\_");
    return "%" + literal + "%";
  }
}
