package com.opsuite.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChinaPublicHolidaysTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "2025-01-01, REST", // 元旦, Wednesday
    "2025-01-26, WORKDAY", // Sunday before 春节
    "2025-01-28, REST", // 除夕, first day of 春节
    "2025-02-04, REST", // last day of 春节, Tuesday
    "2025-02-05, ",
    "2025-02-08, WORKDAY", // Saturday after 春节
    "2025-04-04, REST", // 清明, Friday
    "2025-04-27, WORKDAY", // Sunday before 劳动节
    "2025-05-02, REST",
    "2025-05-05, REST", // Monday
    "2025-06-02, REST", // 端午, Monday
    "2025-09-28, WORKDAY", // Sunday before 国庆
    "2025-10-08, REST", // Wednesday, 国庆 and 中秋 together
    "2025-10-09, ",
    "2025-10-11, WORKDAY", // Saturday after 国庆
    "2025-10-12, ",
    "2026-01-02, REST", // 元旦, Friday
    "2026-01-04, WORKDAY", // Sunday after 元旦
    "2026-02-14, WORKDAY", // Saturday before 春节
    "2026-02-15, REST",
    "2026-02-23, REST", // Monday, 初七
    "2026-02-24, ",
    "2026-02-28, WORKDAY", // Saturday after 春节
    "2026-04-06, REST", // 清明, Monday
    "2026-05-05, REST", // Tuesday
    "2026-05-09, WORKDAY", // Saturday after 劳动节
    "2026-06-19, REST", // 端午, Friday
    "2026-09-20, WORKDAY", // Sunday before 国庆
    "2026-09-25, REST", // 中秋, Friday
    "2026-10-07, REST", // Wednesday
    "2026-10-08, ",
    "2026-10-10, WORKDAY", // Saturday after 国庆
  })
  void officialNoticesOf2025And2026(LocalDate date, DayKind expected) {
    assertEquals(Optional.ofNullable(expected), ChinaPublicHolidays.kindOf(date));
  }

  @Test
  void noticesListEveryHolidayAndMakeUpDayOfTheYear() {
    assertEquals(Set.of(2025, 2026), ChinaPublicHolidays.yearsWithOfficialSchedule());
    assertEquals(28, ChinaPublicHolidays.publicHolidays(2025).size());
    assertEquals(33, ChinaPublicHolidays.publicHolidays(2026).size());
    assertEquals(
        dates("2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11"),
        List.copyOf(ChinaPublicHolidays.makeUpWorkdays(2025)));
    assertEquals(
        dates("2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"),
        List.copyOf(ChinaPublicHolidays.makeUpWorkdays(2026)));
  }

  @Test
  void yearsWithoutANoticeFallBackToTheFixedDateStatutoryHolidays() {
    assertFalse(ChinaPublicHolidays.hasOfficialSchedule(2028));
    assertEquals(
        dates("2028-01-01", "2028-05-01", "2028-05-02", "2028-10-01", "2028-10-02", "2028-10-03"),
        List.copyOf(ChinaPublicHolidays.publicHolidays(2028)));
    assertTrue(ChinaPublicHolidays.makeUpWorkdays(2028).isEmpty());
    // 2028-01-26 is 春节 (a Wednesday), but the fallback knows no lunar holiday.
    assertEquals(Optional.empty(), ChinaPublicHolidays.kindOf(LocalDate.parse("2028-01-26")));
  }

  @Test
  void secondDayOfLabourDayIsStatutoryOnlySince2025() {
    assertEquals(
        Optional.of(DayKind.REST), ChinaPublicHolidays.kindOf(LocalDate.parse("2024-05-01")));
    assertEquals(Optional.empty(), ChinaPublicHolidays.kindOf(LocalDate.parse("2024-05-02")));
    assertEquals(
        Optional.of(DayKind.REST), ChinaPublicHolidays.kindOf(LocalDate.parse("2024-10-03")));
  }

  private static List<LocalDate> dates(String... texts) {
    return Stream.of(texts).map(LocalDate::parse).toList();
  }
}
