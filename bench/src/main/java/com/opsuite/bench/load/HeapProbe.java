package com.opsuite.bench.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The application's live heap: a full GC through {@code jcmd <pid> GC.run}, then the used figure of
 * {@code GC.heap_info}. The difference of two readings is what the objects made in between keep
 * alive, e.g. signed-in sessions.
 */
final class HeapProbe {

  // G1 prints "garbage-first heap   total 524288K, used 301234K [...]"; the others alike.
  private static final Pattern USED = Pattern.compile("heap\\s+total \\d+K, used (\\d+)K");

  private final long pid;

  HeapProbe(long pid) {
    this.pid = pid;
  }

  /** Heap in use after a full collection, in KiB. */
  long liveKib() {
    jcmd("GC.run");
    Matcher used = USED.matcher(jcmd("GC.heap_info"));
    if (!used.find()) {
      throw new IllegalStateException("no heap figure in jcmd GC.heap_info of " + pid);
    }
    return Long.parseLong(used.group(1));
  }

  private String jcmd(String command) {
    String jcmd = System.getProperty("java.home") + "/bin/jcmd";
    try {
      Process process =
          new ProcessBuilder(jcmd, Long.toString(pid), command).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IllegalStateException("jcmd " + pid + " " + command + " failed: " + output);
      }
      return output;
    } catch (IOException e) {
      throw new IllegalStateException("cannot run " + jcmd, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted during jcmd " + command, e);
    }
  }
}
