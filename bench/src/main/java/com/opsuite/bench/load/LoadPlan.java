package com.opsuite.bench.load;

import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * What the next Gatling run executes. Gatling instantiates simulations by class name, so {@link
 * LoadRunner} hands the plan over through this one-slot holder and {@link PlannedSimulation} takes
 * it in its constructor.
 *
 * <p>Population and protocol are built when the simulation is, inside the run: Gatling's DSL
 * refuses to be used before Gatling has loaded its configuration.
 *
 * @param maxDuration a hard stop: the run ends then even if users are still busy
 * @param usage opened when the users start, closed when the last one is done
 */
record LoadPlan(
    Supplier<PopulationBuilder> population,
    Supplier<HttpProtocolBuilder> protocol,
    Duration maxDuration,
    UsageWindow usage) {

  private static final AtomicReference<LoadPlan> NEXT = new AtomicReference<>();

  void hand() {
    NEXT.set(this);
  }

  static LoadPlan take() {
    LoadPlan plan = NEXT.getAndSet(null);
    if (plan == null) {
      throw new IllegalStateException("PlannedSimulation runs only through LoadRunner");
    }
    return plan;
  }
}
