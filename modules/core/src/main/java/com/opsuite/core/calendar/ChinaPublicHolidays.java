package com.opsuite.core.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The State Council's holiday schedule (国务院办公厅关于部分节假日安排的通知), built in so every tenant starts from
 * the official calendar rather than an empty one.
 *
 * <p>For each year with built-in data this knows the public-holiday rest dates (放假) and the make-up
 * working days (调休上班: a Saturday or Sunday that becomes a working day). The notice comes out each
 * November for the following year only, so for a year without data this falls back to the statutory
 * holidays whose Gregorian dates the law fixes: 1 January, 1 May, 2 May (from 2025, when the 2024
 * amendment of 全国年节及纪念日放假办法 took effect) and 1–3 October. The fallback knows no lunar holiday (春节,
 * 清明, 端午, 中秋), no bridging days, no make-up working days and no weekday substitute for a holiday on
 * a weekend: tenant admins enter those as overrides until the year's notice is added to this class.
 */
public final class ChinaPublicHolidays {

  /**
   * One row per holiday of each notice, in the notice's order; see {@link HolidayScheduleTable}.
   */
  private static final List<String> OFFICIAL_SCHEDULE =
      List.of(
          // year | rest days    | make-up     | holiday
          "2025 | 01-01        |             | 元旦 New Year's Day",
          "2025 | 01-28..02-04 | 01-26 02-08 | 春节 Spring Festival",
          "2025 | 04-04..04-06 |             | 清明节 Qingming",
          "2025 | 05-01..05-05 | 04-27       | 劳动节 Labour Day",
          "2025 | 05-31..06-02 |             | 端午节 Dragon Boat Festival",
          "2025 | 10-01..10-08 | 09-28 10-11 | 国庆节、中秋节 National Day and Mid-Autumn",
          "2026 | 01-01..01-03 | 01-04       | 元旦 New Year's Day",
          "2026 | 02-15..02-23 | 02-14 02-28 | 春节 Spring Festival",
          "2026 | 04-04..04-06 |             | 清明节 Qingming",
          "2026 | 05-01..05-05 | 05-09       | 劳动节 Labour Day",
          "2026 | 06-19..06-21 |             | 端午节 Dragon Boat Festival",
          "2026 | 09-25..09-27 |             | 中秋节 Mid-Autumn Festival",
          "2026 | 10-01..10-07 | 09-20 10-10 | 国庆节 National Day");

  private static final HolidayScheduleTable OFFICIAL =
      HolidayScheduleTable.parse(OFFICIAL_SCHEDULE);

  private static final Set<MonthDay> FIXED_DATE_HOLIDAYS =
      Set.of(
          MonthDay.of(1, 1),
          MonthDay.of(5, 1),
          MonthDay.of(10, 1),
          MonthDay.of(10, 2),
          MonthDay.of(10, 3));

  private static final MonthDay LABOUR_DAY_SECOND_DAY = MonthDay.of(5, 2);
  private static final int LABOUR_DAY_SECOND_DAY_SINCE = 2025;

  private ChinaPublicHolidays() {}

  /** The years whose official notice is built in; every other year gets the fixed-date fallback. */
  public static Set<Integer> yearsWithOfficialSchedule() {
    return OFFICIAL.years();
  }

  public static boolean hasOfficialSchedule(int year) {
    return OFFICIAL.years().contains(year);
  }

  /**
   * The kind the holiday schedule gives this date, or empty when the ordinary week decides (see
   * {@link DayKind#inOrdinaryWeek}).
   */
  public static Optional<DayKind> kindOf(LocalDate date) {
    Optional<DayKind> official = OFFICIAL.kindOf(date);
    if (official.isPresent() || hasOfficialSchedule(date.getYear())) {
      return official;
    }
    return isFixedDateHoliday(date) ? Optional.of(DayKind.REST) : Optional.empty();
  }

  /**
   * The year's public-holiday rest dates, weekend ones included, from the notice or the fallback.
   */
  public static SortedSet<LocalDate> publicHolidays(int year) {
    return datesOf(year, DayKind.REST);
  }

  /** The year's make-up working days; empty for a year without an official notice. */
  public static SortedSet<LocalDate> makeUpWorkdays(int year) {
    return datesOf(year, DayKind.WORKDAY);
  }

  private static SortedSet<LocalDate> datesOf(int year, DayKind kind) {
    LocalDate first = Year.of(year).atDay(1);
    SortedSet<LocalDate> dates = new TreeSet<>();
    first
        .datesUntil(first.plusYears(1))
        .filter(date -> kindOf(date).filter(kind::equals).isPresent())
        .forEach(dates::add);
    return Collections.unmodifiableSortedSet(dates);
  }

  private static boolean isFixedDateHoliday(LocalDate date) {
    MonthDay day = MonthDay.from(date);
    return FIXED_DATE_HOLIDAYS.contains(day)
        || (day.equals(LABOUR_DAY_SECOND_DAY) && date.getYear() >= LABOUR_DAY_SECOND_DAY_SINCE);
  }
}
