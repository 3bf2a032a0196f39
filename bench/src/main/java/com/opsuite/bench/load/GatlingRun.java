package com.opsuite.bench.load;

import io.gatling.app.Gatling$;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * One Gatling run in this JVM through Gatling's own launcher, as its Maven plugin would start it:
 * the plan handed to {@link PlannedSimulation}, results in a folder of their own, and the
 * statistics Gatling's report writes ({@code js/stats.js}) read back.
 */
final class GatlingRun {

  private final Path resultsRoot;

  /** This JVM's runs go to one folder named for its start, numbered, so none meets an older one. */
  private static final String STARTED =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").format(LocalDateTime.now());

  private static final AtomicInteger RUNS = new AtomicInteger();

  GatlingRun(Path resultsRoot) {
    this.resultsRoot = resultsRoot;
  }

  /** Runs the plan to its end and returns the statistics of what it sent. */
  RunStats run(LoadPlan plan, String label) {
    Path folder =
        resultsRoot
            .resolve(STARTED)
            .resolve(String.format("%03d-%s", RUNS.incrementAndGet(), slug(label)));
    plan.hand();
    int status =
        Gatling$.MODULE$.fromArgs(
            new String[] {
              "-s",
              PlannedSimulation.class.getName(),
              "-rf",
              folder.toAbsolutePath().toString(),
              "-rd",
              label,
              "-l",
              "opsuite-bench"
            });
    if (status != 0) {
      throw new IllegalStateException("Gatling run " + label + " ended with status " + status);
    }
    return RunStats.read(statsFile(folder));
  }

  private static Path statsFile(Path folder) {
    try (Stream<Path> found = Files.find(folder, 3, (p, a) -> p.endsWith("js/stats.js"))) {
      return found
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("no js/stats.js under " + folder));
    } catch (IOException e) {
      throw new IllegalStateException("cannot search " + folder, e);
    }
  }

  private static String slug(String label) {
    return label.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
  }
}
