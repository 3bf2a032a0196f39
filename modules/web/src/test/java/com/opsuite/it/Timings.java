package com.opsuite.it;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Median and 95th percentile of timed runs after a warm-up, in milliseconds. */
record Timings(double median, double p95) {

  static final int WARM_UP = 10;
  static final int RUNS = 20;

  interface Run {
    double measure() throws Exception;
  }

  /** Times each run by the wall clock. */
  static Timings wallClock(Run run) {
    return reported(
        () -> {
          long start = System.nanoTime();
          run.measure();
          return (System.nanoTime() - start) / 1_000_000.0;
        });
  }

  /** Takes what each run reports as its time. */
  static Timings reported(Run run) {
    try {
      for (int i = 0; i < WARM_UP; i++) {
        run.measure();
      }
      List<Double> times = new ArrayList<>();
      for (int i = 0; i < RUNS; i++) {
        times.add(run.measure());
      }
      Collections.sort(times);
      return new Timings(times.get(RUNS / 2), times.get((int) Math.ceil(RUNS * 0.95) - 1));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String toString() {
    return String.format("median %.1f ms, p95 %.1f ms", median, p95);
  }
}
