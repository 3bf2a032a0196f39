package com.opsuite.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The CPU time and peak resident memory of one process while a scenario runs, read from {@code
 * /proc/<pid>/stat} and {@code /proc/<pid>/status}. RSS is sampled every 250 ms because the
 * kernel's own peak ({@code VmHWM}) covers the process's whole life, not the run.
 */
final class ProcessProbe {

  /** Linux reports CPU times in USER_HZ ticks, 100 a second on every architecture it supports. */
  private static final double TICKS_PER_SECOND = 100.0;

  private static final long SAMPLE_MILLIS = 250;

  /** What the process used between start and stop; {@code cpuPercent} 200 = both cores busy. */
  record Usage(long peakRssMib, double cpuPercent) {}

  private final long pid;
  private final long startTicks;
  private final long startNanos;
  private final AtomicLong peakRssKib = new AtomicLong();
  private final ScheduledExecutorService sampler;

  private ProcessProbe(long pid) {
    this.pid = pid;
    this.startTicks = cpuTicks();
    this.startNanos = System.nanoTime();
    this.sampler =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "process-probe-" + pid);
              t.setDaemon(true);
              return t;
            });
    sampler.scheduleAtFixedRate(this::sampleRss, 0, SAMPLE_MILLIS, TimeUnit.MILLISECONDS);
  }

  /** Starts sampling the process now. */
  static ProcessProbe start(long pid) {
    return new ProcessProbe(pid);
  }

  /** Stops sampling and returns what the process used since {@link #start}. */
  Usage stop() {
    sampler.shutdownNow();
    sampleRss();
    double seconds = (System.nanoTime() - startNanos) / 1e9;
    double cpuSeconds = (cpuTicks() - startTicks) / TICKS_PER_SECOND;
    return new Usage(peakRssKib.get() / 1024, seconds <= 0 ? 0 : 100.0 * cpuSeconds / seconds);
  }

  private void sampleRss() {
    for (String line : lines("status").split("\n")) {
      if (line.startsWith("VmRSS:")) {
        long kib = Long.parseLong(line.replaceAll("[^0-9]", ""));
        peakRssKib.accumulateAndGet(kib, Math::max);
      }
    }
  }

  /** utime + stime of all the process's threads (fields 14 and 15, counted after the name). */
  private long cpuTicks() {
    String stat = lines("stat");
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
  }

  private String lines(String file) {
    try {
      return Files.readString(Path.of("/proc", Long.toString(pid), file));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read /proc/" + pid + "/" + file, e);
    }
  }
}
