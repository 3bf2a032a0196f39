package com.opsuite.core.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads holiday-notice rows kept as text in the source, so the built-in data stays a table a
 * reviewer can check against the notice, and a typo fails on first use instead of shifting a
 * deadline.
 *
 * <p>A row is {@code year | rest days | make-up working days | name}. Dates are {@code MM-dd} in
 * the row's year, or a full {@code yyyy-MM-dd} for a holiday that reaches into the adjacent year;
 * {@code a..b} is an inclusive range; entries are separated by spaces. A make-up working day must
 * fall on a weekend, and no date may appear twice.
 */
record HolidayScheduleTable(Set<Integer> years, Map<LocalDate, DayKind> days) {

  HolidayScheduleTable {
    years = Set.copyOf(years);
    days = Map.copyOf(days);
  }

  static HolidayScheduleTable parse(List<String> rows) {
    Set<Integer> years = new HashSet<>();
    Map<LocalDate, DayKind> days = new HashMap<>();
    for (String row : rows) {
      String[] columns = row.split("\\|", -1);
      if (columns.length != 4) {
        throw new IllegalArgumentException(
            "expected 'year | rest days | make-up working days | name': " + row);
      }
      try {
        int year = Integer.parseInt(columns[0].trim());
        years.add(year);
        for (String entry : entries(columns[1])) {
          for (LocalDate date : range(year, entry)) {
            put(days, date, DayKind.REST);
          }
        }
        for (String entry : entries(columns[2])) {
          LocalDate date = date(year, entry);
          if (DayKind.inOrdinaryWeek(date) != DayKind.REST) {
            throw new IllegalArgumentException("make-up working day " + date + " is no weekend");
          }
          put(days, date, DayKind.WORKDAY);
        }
      } catch (DateTimeException | IllegalArgumentException e) {
        throw new IllegalArgumentException("bad holiday row '" + row + "': " + e.getMessage(), e);
      }
    }
    return new HolidayScheduleTable(years, days);
  }

  /** The kind the schedule gives this date, or empty when the schedule does not mention it. */
  Optional<DayKind> kindOf(LocalDate date) {
    return Optional.ofNullable(days.get(date));
  }

  private static List<String> entries(String column) {
    return column.isBlank() ? List.of() : List.of(column.trim().split("\\s+"));
  }

  private static List<LocalDate> range(int year, String entry) {
    String[] ends = entry.split("\\.\\.", -1);
    if (ends.length > 2) {
      throw new IllegalArgumentException("range has more than two ends: " + entry);
    }
    LocalDate first = date(year, ends[0]);
    LocalDate last = date(year, ends[ends.length - 1]);
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("range ends before it starts: " + entry);
    }
    return first.datesUntil(last.plusDays(1)).toList();
  }

  private static LocalDate date(int year, String text) {
    return LocalDate.parse(text.length() == "MM-dd".length() ? year + "-" + text : text);
  }

  private static void put(Map<LocalDate, DayKind> days, LocalDate date, DayKind kind) {
    if (days.putIfAbsent(date, kind) != null) {
      throw new IllegalArgumentException(date + " is listed twice");
    }
  }
}
