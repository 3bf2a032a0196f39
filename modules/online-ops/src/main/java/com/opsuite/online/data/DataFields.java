package com.opsuite.online.data;

import com.opsuite.core.validation.InvalidInputException.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Reads the text values of a data row, adding a violation for each one that is wrong. */
final class DataFields {

  /** Far above any platform's figures, and below what a bigint column holds. */
  static final BigDecimal MAX = new BigDecimal("1000000000000000");

  private DataFields() {}

  static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  /** A whole, non-negative count; "1,200" as spreadsheets show it is read as 1200. */
  static Long count(String field, String value, boolean required, List<Violation> problems) {
    if (blank(value)) {
      if (required) {
        problems.add(new Violation(field, "data.figure.required"));
      }
      return null;
    }
    BigDecimal n;
    try {
      n = new BigDecimal(value.strip().replace(",", "").replace("，", ""));
    } catch (NumberFormatException e) {
      problems.add(new Violation(field, "data.figure.notANumber", value.strip()));
      return null;
    }
    if (n.signum() < 0) {
      problems.add(new Violation(field, "data.figure.negative", value.strip()));
      return null;
    }
    if (n.stripTrailingZeros().scale() > 0) {
      problems.add(new Violation(field, "data.figure.notWhole", value.strip()));
      return null;
    }
    if (n.compareTo(MAX) >= 0) {
      problems.add(new Violation(field, "data.figure.tooLarge", value.strip()));
      return null;
    }
    return n.longValueExact();
  }

  /** An ISO week ({@code 2026-W45}) or any day of it ({@code 2026-11-02}). */
  static IsoWeek week(String value, LocalDate today, List<Violation> problems) {
    if (blank(value)) {
      problems.add(new Violation("week", "data.week.required"));
      return null;
    }
    IsoWeek week;
    try {
      week = IsoWeek.parse(value);
    } catch (IllegalArgumentException notAWeek) {
      try {
        week = IsoWeek.of(LocalDate.parse(value.strip()));
      } catch (DateTimeParseException | IllegalArgumentException notADay) {
        problems.add(new Violation("week", "data.week.invalid", value.strip()));
        return null;
      }
    }
    if (week.monday().isAfter(today)) {
      problems.add(new Violation("week", "data.week.future", week.toString()));
      return null;
    }
    return week;
  }
}
