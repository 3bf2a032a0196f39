package com.opsuite.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark's one table as Markdown: every measured row with the data stage it ran at, then the
 * free lines (data generation, ratios, targets) in the order they were added.
 */
public final class ResultTable {

  private final List<Measured> rows = new ArrayList<>();
  private final List<String> sections = new ArrayList<>();

  public void add(Measured measured) {
    rows.add(measured);
    System.out.println(line(measured));
  }

  /** A section of free text: a heading and its lines. */
  public void section(String heading, List<String> lines) {
    StringBuilder text = new StringBuilder("### ").append(heading).append("\n\n");
    lines.forEach(l -> text.append(l).append('\n'));
    sections.add(text.toString());
    System.out.println(text);
  }

  public String markdown(String title, String machine) {
    StringBuilder out = new StringBuilder("## ").append(title).append("\n\n");
    out.append(machine).append("\n\n");
    out.append(
        "| tenants | scenario | load | requests | req/s | p50 ms | p95 ms | p99 ms | errors |"
            + " app RSS MiB | app CPU % |\n");
    out.append("|---:|---|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    rows.forEach(r -> out.append(line(r)).append('\n'));
    out.append('\n');
    sections.forEach(s -> out.append(s).append('\n'));
    return out.toString();
  }

  private static String line(Measured m) {
    ResultRow r = m.row();
    return String.format(
        Locale.ROOT,
        "| %,d | %s | %s | %,d | %.0f | %.1f | %.1f | %.1f | %.2f%% | %s | %s |",
        m.tenants(),
        r.scenario() + (m.note() == null || m.note().isEmpty() ? "" : " (" + m.note() + ")"),
        r.load(),
        r.requests(),
        r.throughput(),
        r.p50Ms(),
        r.p95Ms(),
        r.p99Ms(),
        r.errorRate() * 100,
        r.rssMib() < 0 ? "–" : String.format(Locale.ROOT, "%,d", r.rssMib()),
        r.cpuPercent() < 0 ? "–" : String.format(Locale.ROOT, "%.0f", r.cpuPercent()));
  }
}
