package com.opsuite.core.kpi;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar month ({@code 2026-11}), quarter ({@code 2026-Q4}) or year ({@code 2026}): what KPI
 * values, targets and closings are kept for. The text form is also the stored one and sorts within
 * a kind.
 */
public record Period(PeriodKind kind, int year, int number) implements Comparable<Period> {

  public static final int FIRST_YEAR = 2000;
  public static final int LAST_YEAR = 2100;

  private static final Pattern TEXT = Pattern.compile("(\\d{4})(?:-(?:(\\d{1,2})|[Qq]([1-4])))?");

  public Period {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw new IllegalArgumentException("Year out of range: " + year);
    }
    int max =
        switch (kind) {
          case MONTH -> 12;
          case QUARTER -> 4;
          case YEAR -> 0;
        };
    if (kind == PeriodKind.YEAR ? number != 0 : number < 1 || number > max) {
      throw new IllegalArgumentException("No " + kind + " " + number);
    }
  }

  public static Period month(int year, int month) {
    return new Period(PeriodKind.MONTH, year, month);
  }

  public static Period quarter(int year, int quarter) {
    return new Period(PeriodKind.QUARTER, year, quarter);
  }

  public static Period year(int year) {
    return new Period(PeriodKind.YEAR, year, 0);
  }

  /** Reads {@code 2026-11}, {@code 2026-Q4} or {@code 2026}; anything else is refused. */
  public static Period parse(String text) {
    Matcher m = TEXT.matcher(text == null ? "" : text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException("Not a period: " + text);
    }
    int year = Integer.parseInt(m.group(1));
    if (m.group(2) != null) {
      return month(year, Integer.parseInt(m.group(2)));
    }
    if (m.group(3) != null) {
      return quarter(year, Integer.parseInt(m.group(3)));
    }
    return year(year);
  }

  /** The period of the kind that contains the day. */
  public static Period of(LocalDate day, PeriodKind kind) {
    return switch (kind) {
      case MONTH -> month(day.getYear(), day.getMonthValue());
      case QUARTER -> quarter(day.getYear(), (day.getMonthValue() + 2) / 3);
      case YEAR -> year(day.getYear());
    };
  }

  /** Its first day. */
  public LocalDate firstDay() {
    return switch (kind) {
      case MONTH -> LocalDate.of(year, number, 1);
      case QUARTER -> LocalDate.of(year, number * 3 - 2, 1);
      case YEAR -> LocalDate.of(year, 1, 1);
    };
  }

  /** Its last day. */
  public LocalDate lastDay() {
    return switch (kind) {
      case MONTH -> YearMonth.of(year, number).atEndOfMonth();
      case QUARTER -> YearMonth.of(year, number * 3).atEndOfMonth();
      case YEAR -> LocalDate.of(year, 12, 31);
    };
  }

  /** Its start in a time zone: midnight of the first day. */
  public ZonedDateTime start(ZoneId zone) {
    return firstDay().atStartOfDay(zone);
  }

  /** Its end in a time zone: midnight after the last day (exclusive). */
  public ZonedDateTime end(ZoneId zone) {
    return lastDay().plusDays(1).atStartOfDay(zone);
  }

  /** Whether the other period lies within this one (a period contains itself). */
  public boolean contains(Period other) {
    return !other.firstDay().isBefore(firstDay()) && !other.lastDay().isAfter(lastDay());
  }

  /** The periods of the next shorter kind that make it up, in order; none for a month. */
  public List<Period> parts() {
    List<Period> parts = new ArrayList<>();
    if (kind == PeriodKind.YEAR) {
      for (int q = 1; q <= 4; q++) {
        parts.add(quarter(year, q));
      }
    } else if (kind == PeriodKind.QUARTER) {
      for (int m = number * 3 - 2; m <= number * 3; m++) {
        parts.add(month(year, m));
      }
    }
    return parts;
  }

  /** Itself and every shorter period within it: a year's 4 quarters and 12 months too. */
  public List<Period> withAllParts() {
    List<Period> all = new ArrayList<>(List.of(this));
    for (Period part : parts()) {
      all.addAll(part.withAllParts());
    }
    return all;
  }

  /** The longer periods that contain it: a month's quarter and year, a quarter's year. */
  public List<Period> enclosing() {
    List<Period> enclosing = new ArrayList<>();
    if (kind == PeriodKind.MONTH) {
      enclosing.add(of(firstDay(), PeriodKind.QUARTER));
    }
    if (kind != PeriodKind.YEAR) {
      enclosing.add(year(year));
    }
    return enclosing;
  }

  @Override
  public int compareTo(Period other) {
    int byStart = firstDay().compareTo(other.firstDay());
    return byStart != 0 ? byStart : other.lastDay().compareTo(lastDay());
  }

  @Override
  public String toString() {
    return switch (kind) {
      case MONTH -> String.format("%d-%02d", year, number);
      case QUARTER -> year + "-Q" + number;
      case YEAR -> String.valueOf(year);
    };
  }
}
