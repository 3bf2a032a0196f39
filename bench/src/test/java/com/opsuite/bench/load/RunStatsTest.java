package com.opsuite.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Reads the js/stats.js of a real Gatling 3.13.5 run: the inspection writes, 5 per second. */
class RunStatsTest {

  private final RunStats stats = RunStats.read(fixture("inspection-stats.js"));

  @Test
  void allRequestsOfTheRun() {
    RunStats.Figures all = stats.all();
    assertEquals(600, all.requests());
    assertEquals(0, all.failed());
    assertEquals(19.35, all.perSecond(), 1e-9);
    assertEquals(40, all.p50Ms());
    // The successful responses' figure (177), not the all-responses one (172).
    assertEquals(177, all.p95Ms());
    assertEquals(202, all.p99Ms());
  }

  @Test
  void aGroupCountsItsExecutionsAndTheirDurations() {
    RunStats.Figures inspections = stats.group(RestWrites.INSPECTION);
    assertEquals(150, inspections.requests());
    assertEquals(4.84, inspections.perSecond(), 1e-9);
    assertEquals(152, inspections.p50Ms());
    assertEquals(619, inspections.p95Ms());
    assertEquals(731, inspections.p99Ms());
  }

  @Test
  void unknownGroupIsAnError() {
    assertThrows(IllegalStateException.class, () -> stats.group("no such group"));
  }

  @Test
  void arrivalsThatNeverCompletedAreFailures() {
    RunStats.Figures counted = stats.all().countingUnfinished(800);
    assertEquals(800, counted.requests());
    assertEquals(200, counted.failed());
    assertEquals(0.25, counted.errorRate(), 1e-9);
    assertEquals(600, stats.all().countingUnfinished(500).requests());
  }

  private static Path fixture(String name) {
    try {
      return Path.of(RunStatsTest.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
