package com.opsuite.bench.load;

/**
 * The CPU and memory used while a simulation's users run, by the application and by this JVM (the
 * load generator shares the machine's cores with it). Opened and closed by {@link
 * PlannedSimulation}'s hooks, so neither Gatling's start nor its report writing is counted.
 */
final class UsageWindow {

  private final long appPid;
  private ProcessProbe app;
  private ProcessProbe generator;
  private ProcessProbe.Usage appUsage;
  private ProcessProbe.Usage generatorUsage;

  UsageWindow(long appPid) {
    this.appPid = appPid;
  }

  void open() {
    app = ProcessProbe.start(appPid);
    generator = ProcessProbe.start(ProcessHandle.current().pid());
  }

  void close() {
    appUsage = app.stop();
    generatorUsage = generator.stop();
  }

  ProcessProbe.Usage app() {
    return required(appUsage);
  }

  ProcessProbe.Usage generator() {
    return required(generatorUsage);
  }

  private static ProcessProbe.Usage required(ProcessProbe.Usage usage) {
    if (usage == null) {
      throw new IllegalStateException("the simulation never closed its usage window");
    }
    return usage;
  }
}
