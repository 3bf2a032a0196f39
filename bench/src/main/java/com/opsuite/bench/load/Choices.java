package com.opsuite.bench.load;

import static io.gatling.javaapi.core.CoreDsl.exec;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Random but reproducible data choices: every virtual user draws from its own generator, seeded by
 * the scenario's seed and the user's number, so a run repeated picks the same ids in the same order
 * for each user whatever the timing.
 */
final class Choices {

  private static final String KEY = "choices";

  private Choices() {}

  /** The step that gives the user its generator; put it first in a scenario. */
  static ChainBuilder seeded(long scenarioSeed) {
    return exec(
        session ->
            session.set(KEY, new SplittableRandom(scenarioSeed * 1_000_003L + session.userId())));
  }

  static SplittableRandom of(Session session) {
    return session.get(KEY);
  }

  /** A number from {@code first} to {@code last}, both included. */
  static long between(Session session, long first, long last) {
    return first + of(session).nextLong(last - first + 1);
  }

  static <T> T oneOf(Session session, List<T> items) {
    return items.get(of(session).nextInt(items.size()));
  }

  /** True with the given probability. */
  static boolean chance(Session session, double probability) {
    return of(session).nextDouble() < probability;
  }
}
