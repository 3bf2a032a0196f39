package com.opsuite.core.org.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StartDatesTest {

  @Test
  void readsIsoDatesAndTheYearFirstFormsExcelShows() {
    assertEquals(Optional.of(LocalDate.of(2026, 3, 1)), StartDates.parse("2026-03-01"));
    assertEquals(Optional.of(LocalDate.of(2026, 3, 1)), StartDates.parse("2026/3/1"));
    assertEquals(Optional.of(LocalDate.of(2026, 12, 31)), StartDates.parse(" 2026-12-31 "));
  }

  @Test
  void refusesEverythingElse() {
    for (String text : new String[] {"2026-02-30", "01/03/2026", "2026-3/1", "next monday", ""}) {
      assertEquals(Optional.empty(), StartDates.parse(text), text);
    }
  }
}
