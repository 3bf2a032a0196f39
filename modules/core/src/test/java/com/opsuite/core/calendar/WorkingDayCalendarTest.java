package com.opsuite.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDayCalendarTest {

  private final WorkingDayCalendar china = WorkingDayCalendar.chinaDefault();

  @Test
  void holidaysAndMakeUpDaysOverrideTheOrdinaryWeek() {
    assertEquals(DayKind.WORKDAY, china.kindOf(date("2025-01-26"))); // Sunday, make-up day
    assertEquals(DayKind.REST, china.kindOf(date("2025-10-08"))); // Wednesday, 国庆
    assertEquals(DayKind.WORKDAY, china.kindOf(date("2026-02-28"))); // Saturday, make-up day
    assertEquals(DayKind.REST, china.kindOf(date("2026-02-23"))); // Monday, 春节
  }

  @Test
  void ordinaryWeeksRestOnSaturdayAndSunday() {
    assertTrue(china.isWorkingDay(date("2025-03-07"))); // Friday
    assertFalse(china.isWorkingDay(date("2025-03-08"))); // Saturday
    assertFalse(china.isWorkingDay(date("2025-03-09"))); // Sunday
    assertTrue(china.isWorkingDay(date("2025-03-10"))); // Monday
  }

  @Test
  void yearsWithoutANoticeKeepOnlyTheFixedDateHolidays() {
    assertFalse(china.isWorkingDay(date("2028-05-02"))); // Tuesday, 劳动节
    assertFalse(china.isWorkingDay(date("2028-10-03"))); // Tuesday, 国庆
    assertTrue(china.isWorkingDay(date("2028-10-04"))); // Wednesday: no bridging in the fallback
    assertTrue(china.isWorkingDay(date("2028-01-26"))); // Wednesday: 春节 is for the tenant admin
  }

  @Test
  void overridesWinBothWays() {
    WorkingDayCalendar tenant =
        china.withOverrides(
            Map.of(
                date("2025-10-08"), DayKind.WORKDAY, // holiday worked
                date("2025-01-26"), DayKind.REST, // make-up day skipped
                date("2025-03-08"), DayKind.WORKDAY, // ordinary Saturday worked
                date("2025-03-05"), DayKind.REST)); // ordinary Wednesday off

    assertEquals(DayKind.WORKDAY, tenant.kindOf(date("2025-10-08")));
    assertEquals(DayKind.REST, tenant.kindOf(date("2025-01-26")));
    assertEquals(DayKind.WORKDAY, tenant.kindOf(date("2025-03-08")));
    assertEquals(DayKind.REST, tenant.kindOf(date("2025-03-05")));
    assertEquals(DayKind.REST, tenant.kindOf(date("2025-10-07")));
  }

  @Test
  void withOverridesLeavesTheOriginalAloneAndLaterOverridesWin() {
    WorkingDayCalendar first = china.withOverrides(Map.of(date("2025-03-05"), DayKind.REST));
    WorkingDayCalendar second = first.withOverrides(Map.of(date("2025-03-05"), DayKind.WORKDAY));

    assertTrue(china.isWorkingDay(date("2025-03-05")));
    assertFalse(first.isWorkingDay(date("2025-03-05")));
    assertTrue(second.isWorkingDay(date("2025-03-05")));
    assertSame(china, WorkingDayCalendar.chinaDefault());
  }

  @Test
  void overridesAreCopiedAndMustBeComplete() {
    Map<LocalDate, DayKind> entered = new HashMap<>(Map.of(date("2025-03-05"), DayKind.REST));
    WorkingDayCalendar tenant = china.withOverrides(entered);
    entered.put(date("2025-03-05"), DayKind.WORKDAY);

    assertFalse(tenant.isWorkingDay(date("2025-03-05")));
    assertThrows(
        NullPointerException.class,
        () -> china.withOverrides(Collections.singletonMap(date("2025-03-05"), null)));
    assertThrows(
        NullPointerException.class,
        () -> china.withOverrides(Collections.singletonMap(null, DayKind.REST)));
  }

  @ParameterizedTest(name = "{0} plus {1} working days is {2}")
  @CsvSource({
    "2026-02-12, 1, 2026-02-13", // Thursday before 春节
    "2026-02-12, 2, 2026-02-14", // Saturday make-up day
    "2026-02-12, 3, 2026-02-24", // across the nine days of 春节
    "2026-02-13, 6, 2026-02-28", // ends on the Saturday make-up day
    "2026-02-13, 7, 2026-03-02",
    "2026-02-24, -1, 2026-02-14",
    "2026-02-24, -2, 2026-02-13",
    "2026-02-18, 0, 2026-02-24", // zero from a holiday moves to the next working day
    "2026-02-18, 1, 2026-02-24",
    "2026-02-18, -1, 2026-02-14",
    "2026-02-13, 0, 2026-02-13",
    "2025-03-07, 1, 2025-03-10", // Friday to Monday
    "2025-03-08, 1, 2025-03-10", // Saturday to Monday
    "2025-03-10, -1, 2025-03-07",
    "2025-03-03, 10, 2025-03-17",
    "2025-03-17, -10, 2025-03-03",
    "2025-09-30, 3, 2025-10-11", // "publish within 3 working days" across 国庆
  })
  void plusWorkingDays(LocalDate start, int days, LocalDate expected) {
    assertEquals(expected, china.plusWorkingDays(start, days));
  }

  @Test
  void plusWorkingDaysFollowsOverrides() {
    WorkingDayCalendar tenant =
        china.withOverrides(
            Map.of(date("2026-02-14"), DayKind.REST, date("2026-02-16"), DayKind.WORKDAY));

    assertEquals(date("2026-02-16"), tenant.plusWorkingDays(date("2026-02-13"), 1));
    assertEquals(date("2026-02-24"), tenant.plusWorkingDays(date("2026-02-13"), 2));
  }

  @ParameterizedTest(name = "working days in [{0}, {1}) = {2}")
  @CsvSource({
    "2025-03-03, 2025-03-10, 5",
    "2025-03-03, 2025-03-03, 0",
    "2025-03-10, 2025-03-03, -5",
    "2025-03-08, 2025-03-10, 0", // weekend only
    "2025-10-01, 2025-11-01, 18", // October 2025: 国庆 and 中秋, make-up Saturday 10-11
    "2026-02-01, 2026-03-01, 16", // February 2026: 春节 and two make-up Saturdays
    "2025-01-01, 2026-01-01, 248",
    "2026-01-01, 2027-01-01, 248",
  })
  void workingDaysBetween(LocalDate start, LocalDate end, int expected) {
    assertEquals(expected, china.workingDaysBetween(start, end));
  }

  @Test
  void countingAgreesWithAdding() {
    LocalDate start = date("2025-12-31");
    for (int days = 1; days <= 300; days++) {
      LocalDate end = china.plusWorkingDays(start, days);
      assertEquals(days, china.workingDaysBetween(start, end), "after " + days + " days");
      assertEquals(start, china.plusWorkingDays(end, -days), "back from " + end);
    }
  }

  @Test
  void runawayCalculationsAreRefused() {
    assertThrows(
        IllegalArgumentException.class, () -> china.plusWorkingDays(date("2025-01-01"), 5_000));
    assertThrows(
        IllegalArgumentException.class,
        () -> china.plusWorkingDays(date("2025-01-01"), Integer.MIN_VALUE));
    assertThrows(
        IllegalArgumentException.class,
        () -> china.workingDaysBetween(date("2025-01-01"), date("2045-01-01")));

    Map<LocalDate, DayKind> allRest = new HashMap<>();
    LocalDate start = date("2025-01-01");
    start.datesUntil(start.plusYears(11)).forEach(day -> allRest.put(day, DayKind.REST));
    WorkingDayCalendar closed = china.withOverrides(allRest);
    assertThrows(IllegalArgumentException.class, () -> closed.plusWorkingDays(start, 0));
    assertThrows(IllegalArgumentException.class, () -> closed.plusWorkingDays(start, 1));
  }

  @Test
  void theGuardStopsJustBeyondTenYears() {
    LocalDate start = date("2025-01-01");
    LocalDate limit = start.plusDays(DayBudget.MAX_DAYS);

    assertTrue(china.workingDaysBetween(start, limit) > 2_400);
    assertThrows(
        IllegalArgumentException.class, () -> china.workingDaysBetween(start, limit.plusDays(1)));
  }

  private static LocalDate date(String text) {
    return LocalDate.parse(text);
  }
}
