package com.opsuite.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HolidayScheduleTableTest {

  @Test
  void rowsBecomeRestDaysAndMakeUpWorkingDays() {
    HolidayScheduleTable table =
        HolidayScheduleTable.parse(List.of("2025 | 05-01..05-03 05-05 | 04-27 | Labour Day"));

    assertEquals(Set.of(2025), table.years());
    assertEquals(
        Map.of(
            LocalDate.of(2025, 5, 1), DayKind.REST,
            LocalDate.of(2025, 5, 2), DayKind.REST,
            LocalDate.of(2025, 5, 3), DayKind.REST,
            LocalDate.of(2025, 5, 5), DayKind.REST,
            LocalDate.of(2025, 4, 27), DayKind.WORKDAY),
        table.days());
    assertEquals(Optional.empty(), table.kindOf(LocalDate.of(2025, 5, 4)));
  }

  @Test
  void aFullDateReachesIntoTheAdjacentYear() {
    HolidayScheduleTable table =
        HolidayScheduleTable.parse(List.of("2024 | 2023-12-30..01-01 | | New Year's Day"));

    assertEquals(Optional.of(DayKind.REST), table.kindOf(LocalDate.of(2023, 12, 30)));
    assertEquals(Optional.of(DayKind.REST), table.kindOf(LocalDate.of(2024, 1, 1)));
    assertEquals(3, table.days().size());
  }

  @Test
  void typosFailInsteadOfShiftingDeadlines() {
    assertRejected("2025 | 05-01..05-05 | 04-28 | make-up day on a Monday", "no weekend");
    assertRejected("2025 | 05-01..05-05 | 05-03 | make-up day inside the holiday", "listed twice");
    assertRejected("2025 | 05-05..05-01 | | reversed range", "ends before it starts");
    assertRejected("2025 | 02-30 | | no such date", "bad holiday row");
    assertRejected("2025 | 05-01..05-03..05-05 | | three ends", "more than two ends");
    assertRejected("2025 | 05-01 | 04-27", "expected 'year");
    assertRejected("20x5 | 05-01 | | bad year", "bad holiday row");
  }

  private static void assertRejected(String row, String messagePart) {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> HolidayScheduleTable.parse(List.of(row)));
    assertTrue(e.getMessage().contains(messagePart), e.getMessage());
  }
}
