package com.opsuite.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class WorkingHoursTest {

  @Test
  void keepsAValidSpan() {
    WorkingHours hours = new WorkingHours(LocalTime.of(9, 0), LocalTime.of(18, 0));

    assertEquals(LocalTime.of(9, 0), hours.dayStart());
    assertEquals(LocalTime.of(18, 0), hours.dayEnd());
  }

  @Test
  void rejectsASpanThatDoesNotStartBeforeItEnds() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new WorkingHours(LocalTime.of(18, 0), LocalTime.of(9, 0)));
    assertThrows(
        IllegalArgumentException.class,
        () -> new WorkingHours(LocalTime.of(9, 0), LocalTime.of(9, 0)));
    assertThrows(
        IllegalArgumentException.class,
        () -> new WorkingHours(LocalTime.of(22, 0), LocalTime.MIDNIGHT));
  }

  @Test
  void rejectsMissingTimes() {
    assertThrows(NullPointerException.class, () -> new WorkingHours(null, LocalTime.of(18, 0)));
    assertThrows(NullPointerException.class, () -> new WorkingHours(LocalTime.of(9, 0), null));
  }
}
