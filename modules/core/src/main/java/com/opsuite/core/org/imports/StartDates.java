package com.opsuite.core.org.imports;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a start date: yyyy-MM-dd as the template says, and the year-first forms Excel shows on a
 * Chinese system (2026/3/1), which end up in CSV files saved from it.
 */
final class StartDates {

  private static final Pattern DATE = Pattern.compile("(\\d{4})([-/])(\\d{1,2})\\2(\\d{1,2})");

  private StartDates() {}

  static Optional<LocalDate> parse(String text) {
    Matcher m = DATE.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          LocalDate.of(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(3)),
              Integer.parseInt(m.group(4))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
