package com.opsuite.online.data;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO-8601 week ({@code 2026-W45}), Monday to Sunday, as the department reports its figures.
 * Week 1 is the week with the year's first Thursday, so a week may start in the previous year.
 */
public record IsoWeek(int year, int week) implements Comparable<IsoWeek> {

  private static final Pattern TEXT = Pattern.compile("(\\d{4})-?[Ww](\\d{1,2})");

  public IsoWeek {
    if (year < 2000 || year > 2100) {
      throw new IllegalArgumentException("Year out of range: " + year);
    }
    int weeks =
        (int) LocalDate.of(year, 6, 1).range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
    if (week < 1 || week > weeks) {
      throw new IllegalArgumentException(year + " has no week " + week);
    }
  }

  /** Reads {@code 2026-W45} (or {@code 2026W45}); anything else is refused. */
  public static IsoWeek parse(String text) {
    Matcher m = TEXT.matcher(text == null ? "" : text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException("Not an ISO week: " + text);
    }
    return new IsoWeek(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  /** The week a day falls in. */
  public static IsoWeek of(LocalDate day) {
    return new IsoWeek(
        day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  public LocalDate monday() {
    return LocalDate.of(year, 1, 4)
        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  public LocalDate sunday() {
    return monday().plusDays(6);
  }

  public IsoWeek previous() {
    return of(monday().minusDays(1));
  }

  /** The Thursday decides the month a week counts for, as it decides its year. */
  public LocalDate thursday() {
    return monday().plusDays(3);
  }

  @Override
  public int compareTo(IsoWeek other) {
    return monday().compareTo(other.monday());
  }

  @Override
  public String toString() {
    return String.format("%d-W%02d", year, week);
  }
}
