package com.opsuite.bench.load;

import io.gatling.javaapi.core.Simulation;

/** The one simulation class Gatling runs: whatever {@link LoadPlan} was handed over last. */
public final class PlannedSimulation extends Simulation {

  private final LoadPlan plan = LoadPlan.take();

  public PlannedSimulation() {
    setUp(plan.population().get()).protocols(plan.protocol().get()).maxDuration(plan.maxDuration());
  }

  @Override
  public void before() {
    plan.usage().open();
  }

  @Override
  public void after() {
    plan.usage().close();
  }
}
