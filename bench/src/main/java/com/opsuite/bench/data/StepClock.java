package com.opsuite.bench.data;

import java.io.PrintStream;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/** Runs and times the generator's steps, printing each as it finishes. */
public final class StepClock {

  private final PrintStream out;

  public StepClock(PrintStream out) {
    this.out = out;
  }

  /** Runs the SQL (one or more statements separated by semicolons) as one timed step. */
  public void step(Statement st, String what, String sql) throws SQLException {
    long start = System.nanoTime();
    st.execute(sql);
    print(what, since(start));
  }

  public void print(String what, Duration took) {
    out.printf("  %-28s %,10d ms%n", what, took.toMillis());
  }

  public static Duration since(long nanoStart) {
    return Duration.ofNanos(System.nanoTime() - nanoStart);
  }
}
