package com.opsuite.core.org;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeakHoldersTest {

  static Assignment held(String from, String to) {
    return new Assignment(
        1L, 1L, LocalDate.parse(from), to == null ? null : LocalDate.parse(to), false);
  }

  @Test
  void holdersWhoFollowOneAnotherShareOnePlace() {
    // Jan–Feb and Mar–Apr never hold at once: a newcomer for Jan–Apr makes two at most.
    List<Assignment> overlapping =
        List.of(held("2026-01-01", "2026-02-28"), held("2026-03-01", "2026-04-30"));
    assertEquals(1, Staff.peakHolders(overlapping, LocalDate.parse("2026-01-01")));
  }

  @Test
  void holdersAtTheSameTimeCountTogether() {
    List<Assignment> overlapping =
        List.of(
            held("2026-01-01", null),
            held("2026-03-01", "2026-04-30"),
            held("2026-04-15", "2026-05-31"));
    assertEquals(3, Staff.peakHolders(overlapping, LocalDate.parse("2026-02-01")));
  }

  @Test
  void aHolderWhoStartedBeforeThePeriodCountsFromItsFirstDay() {
    assertEquals(
        1, Staff.peakHolders(List.of(held("2025-06-01", null)), LocalDate.parse("2026-01-01")));
    assertEquals(0, Staff.peakHolders(List.of(), LocalDate.parse("2026-01-01")));
  }
}
