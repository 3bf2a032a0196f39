package com.opsuite.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** One line saying what the numbers were measured on: cores, memory, JVM, load when it began. */
final class Machine {

  private Machine() {}

  static String describe() {
    long memKib = 0;
    String load = "?";
    try {
      memKib =
          Files.readAllLines(Path.of("/proc/meminfo")).stream()
              .filter(l -> l.startsWith("MemTotal:"))
              .map(l -> l.replaceAll("\\D", ""))
              .mapToLong(Long::parseLong)
              .findFirst()
              .orElse(0);
      load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (IOException e) {
      // not Linux: leave the figures out
    }
    return String.format(
        Locale.ROOT,
        "Machine: %d cores, %.0f GiB, %s %s (%s), PostgreSQL on the same machine; load average %s"
            + " when the run began.",
        Runtime.getRuntime().availableProcessors(),
        memKib / 1048576.0,
        System.getProperty("java.vm.name"),
        System.getProperty("java.version"),
        System.getProperty("os.name"),
        load);
  }
}
