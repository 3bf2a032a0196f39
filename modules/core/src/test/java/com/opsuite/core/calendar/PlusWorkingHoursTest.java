package com.opsuite.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlusWorkingHoursTest {

  private static final WorkingHours NINE_TO_SIX =
      new WorkingHours(LocalTime.of(9, 0), LocalTime.of(18, 0));

  private final WorkingDayCalendar china = WorkingDayCalendar.chinaDefault();

  @ParameterizedTest(name = "{0} plus {1} is {2}")
  @CsvSource({
    "2025-03-03T17:00, PT12H, 2025-03-05T11:00", // Monday evening to Wednesday morning
    "2025-03-07T16:00, PT4H, 2025-03-10T11:00", // across a weekend
    "2025-09-30T17:00, PT3H, 2025-10-09T11:00", // across 国庆 and 中秋
    "2025-09-26T17:00, PT2H, 2025-09-28T10:00", // onto the Sunday make-up day
    "2026-02-13T15:00, PT20H, 2026-02-24T17:00", // through the make-up Saturday and 春节
    "2025-03-04T07:30, PT1H, 2025-03-04T10:00", // before opening
    "2025-03-04T20:00, PT1H, 2025-03-05T10:00", // after closing
    "2025-03-08T10:00, PT1H, 2025-03-10T10:00", // on a Saturday
    "2025-03-04T09:00, PT9H, 2025-03-04T18:00", // a full day ends at its close
    "2025-03-03T09:00, PT45H, 2025-03-07T18:00", // a full week
    "2025-03-04T17:45, PT30M, 2025-03-05T09:15",
    "2025-03-04T10:15, PT0S, 2025-03-04T10:15", // zero within working hours
    "2025-03-04T18:00, PT0S, 2025-03-04T18:00", // zero at the close
    "2025-03-04T19:00, PT0S, 2025-03-05T09:00", // zero after the close
    "2025-03-08T10:00, PT0S, 2025-03-10T09:00", // zero on a weekend
    "2025-03-05T11:00, -PT12H, 2025-03-03T17:00", // backwards
    "2025-10-09T11:00, -PT3H, 2025-09-30T17:00", // backwards across 国庆
    "2025-03-10T10:00, -PT2H, 2025-03-07T17:00", // backwards across a weekend
    "2025-03-04T09:00, -PT1H, 2025-03-03T17:00", // backwards from the opening
    "2025-03-04T08:00, -PT1H, 2025-03-03T17:00", // backwards from before the opening
    "2025-03-04T20:00, -PT1H, 2025-03-04T17:00", // backwards from after the close
    "2025-03-04T18:00, -PT9H, 2025-03-04T09:00", // a full day back ends at its opening
  })
  void plusWorkingHours(LocalDateTime start, Duration amount, LocalDateTime expected) {
    assertEquals(expected, china.plusWorkingHours(start, amount, NINE_TO_SIX));
  }

  @Test
  void otherWorkingHoursAndOverridesAreFollowed() {
    WorkingHours early = new WorkingHours(LocalTime.of(8, 30), LocalTime.of(17, 30));
    WorkingDayCalendar tenant =
        china.withOverrides(Map.of(LocalDate.parse("2025-03-08"), DayKind.WORKDAY));

    assertEquals(
        LocalDateTime.parse("2025-03-05T10:30"),
        china.plusWorkingHours(
            LocalDateTime.parse("2025-03-03T16:30"), Duration.ofHours(12), early));
    assertEquals(
        LocalDateTime.parse("2025-03-08T10:00"),
        tenant.plusWorkingHours(
            LocalDateTime.parse("2025-03-07T17:00"), Duration.ofHours(2), NINE_TO_SIX));
  }

  @Test
  void goingBackUndoesGoingForwardWithinWorkingHours() {
    LocalDateTime start = LocalDateTime.parse("2025-09-24T09:20");
    for (int step = 0; step < 200; step++) {
      LocalDateTime from = start.plusMinutes(step * 97L);
      if (!china.isWorkingDay(from.toLocalDate())
          || from.toLocalTime().isBefore(NINE_TO_SIX.dayStart())
          || !from.toLocalTime().isBefore(NINE_TO_SIX.dayEnd())) {
        continue;
      }
      Duration amount = Duration.ofMinutes(1 + step * 53L);
      LocalDateTime due = china.plusWorkingHours(from, amount, NINE_TO_SIX);
      assertEquals(
          from, china.plusWorkingHours(due, amount.negated(), NINE_TO_SIX), from + " + " + amount);
    }
  }

  @Test
  void runawayAmountsAreRefused() {
    LocalDateTime start = LocalDateTime.parse("2025-03-04T10:00");

    assertThrows(
        IllegalArgumentException.class,
        () -> china.plusWorkingHours(start, Duration.ofDays(100_000), NINE_TO_SIX));
    assertThrows(
        IllegalArgumentException.class,
        () -> china.plusWorkingHours(start, Duration.ofDays(-100_000), NINE_TO_SIX));
  }

  @Test
  void missingArgumentsAreRejected() {
    LocalDateTime start = LocalDateTime.parse("2025-03-04T10:00");

    assertThrows(
        NullPointerException.class, () -> china.plusWorkingHours(start, Duration.ZERO, null));
    assertThrows(
        NullPointerException.class, () -> china.plusWorkingHours(start, null, NINE_TO_SIX));
    assertThrows(
        NullPointerException.class, () -> china.plusWorkingHours(null, Duration.ZERO, NINE_TO_SIX));
  }
}
