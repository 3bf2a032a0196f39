package com.opsuite.bench.load;

import com.opsuite.bench.BenchTarget;
import com.opsuite.bench.data.BigGasTenant;
import com.opsuite.bench.data.TypicalTenants;
import com.opsuite.bench.report.ResultRow;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Runs every load scenario for a few seconds against a product that is already running, with
 * tenants that exist there (their ids read over REST), and prints the rows: the load scenarios on
 * their own, without the data generator.
 *
 * <pre>
 * LoadMain base-url app-pid seconds typical-codes(comma) email password big-code big-email big-password [first-last]
 * </pre>
 *
 * {@code first-last} are the big tenant's customer ids; without them they are read page by page.
 * {@code -Dopsuite.bench.scenarios=list,get-capacity,get-rate,typical,writes,page,day} runs some
 * only; {@code -Dopsuite.bench.no-warm-up=true} skips the warm-up.
 */
public final class LoadMain {

  /** The scenarios' names for {@code -Dopsuite.bench.scenarios=list,page,...} (default all). */
  private static final List<String> ALL =
      List.of("list", "get-capacity", "get-rate", "typical", "writes", "page", "day");

  private LoadMain() {}

  public static void main(String[] args) {
    if (args.length != 9 && args.length != 10) {
      System.err.println(
          "usage: LoadMain base-url app-pid seconds typical-codes email password big-code"
              + " big-email big-password [first-last]");
      System.exit(2);
    }
    URI base = URI.create(args[0].endsWith("/") ? args[0] : args[0] + "/");
    ProductApi api = new ProductApi(base);
    List<String> codes = Arrays.asList(args[3].split(","));
    String typicalToken = api.token(codes.get(0), args[4], args[5]);
    TypicalTenants typical =
        new TypicalTenants(
            codes,
            args[4],
            args[5],
            customerIds(api, typicalToken),
            ids(api.get("api/v1/online-ops/tickets?max=500", typicalToken).asJsonArray()),
            List.of());
    long first;
    long last;
    if (args.length == 10) {
      first = Long.parseLong(args[9].split("-")[0]);
      last = Long.parseLong(args[9].split("-")[1]);
    } else {
      List<Long> bigIds = customerIds(api, api.token(args[6], args[7], args[8]));
      first = bigIds.stream().mapToLong(Long::longValue).min().orElseThrow();
      last = bigIds.stream().mapToLong(Long::longValue).max().orElseThrow();
      if (last - first + 1 != bigIds.size()) {
        System.err.printf("big tenant's customer ids %d..%d are not contiguous%n", first, last);
      }
    }
    BigGasTenant big =
        new BigGasTenant(args[6], args[7], args[8], first, last, last - first + 1, 0);
    BenchTarget target = new BenchTarget(base, Long.parseLong(args[1]), typical, big);

    LoadRunner runner = new LoadRunner(target, Duration.ofSeconds(Long.parseLong(args[2])));
    Set<String> only =
        Set.of(System.getProperty("opsuite.bench.scenarios", String.join(",", ALL)).split(","));
    if (!Boolean.getBoolean("opsuite.bench.no-warm-up")) {
      runner.warmUp();
    }
    List<ResultRow> rows = new ArrayList<>();
    run(rows, only, "list", () -> List.of(runner.restList(200)));
    run(rows, only, "get-capacity", () -> List.of(runner.restGetCapacity(16)));
    run(rows, only, "get-rate", () -> List.of(runner.restGetAtRate(200)));
    run(rows, only, "typical", () -> List.of(runner.typicalReads(codes.get(0), 20)));
    run(rows, only, "writes", () -> runner.writes(5));
    run(
        rows,
        only,
        "page",
        () -> {
          PageRun pages = runner.lazyPage(50);
          System.out.printf(
              "[load] session memory: %.0f KiB per signed-in user%n", pages.sessionKibPerUser());
          return List.of(pages.row());
        });
    run(rows, only, "day", () -> List.of(runner.workingDay(50, codes.size())));
    System.out.printf(
        "%-40s %-10s %8s %8s %7s %7s %7s %6s %6s %5s%n",
        "scenario", "load", "requests", "req/s", "p50", "p95", "p99", "errors", "RSS", "CPU");
    for (ResultRow r : rows) {
      System.out.printf(
          "%-40s %-10s %8d %8.1f %7.1f %7.1f %7.1f %5.1f%% %5dM %4.0f%%%n",
          r.scenario(),
          r.load(),
          r.requests(),
          r.throughput(),
          r.p50Ms(),
          r.p95Ms(),
          r.p99Ms(),
          100 * r.errorRate(),
          r.rssMib(),
          r.cpuPercent());
    }
    System.exit(0);
  }

  /** One scenario's rows; a scenario that fails is reported and the others still run. */
  private static void run(
      List<ResultRow> rows, Set<String> only, String name, Supplier<List<ResultRow>> scenario) {
    if (!only.contains(name)) {
      return;
    }
    try {
      rows.addAll(scenario.get());
    } catch (RuntimeException e) {
      System.err.println("scenario failed: " + e);
      e.printStackTrace();
    }
  }

  private static List<Long> customerIds(ProductApi api, String token) {
    List<Long> all = new ArrayList<>();
    for (int page = 0; ; page++) {
      JsonObject answer =
          api.get("api/v1/gas-inspection/customers?size=500&page=" + page, token).asJsonObject();
      List<Long> ids = ids(answer.getJsonArray("items"));
      all.addAll(ids);
      if (ids.size() < 500) {
        return all;
      }
    }
  }

  private static List<Long> ids(List<JsonValue> items) {
    return items.stream().map(i -> i.asJsonObject().getJsonNumber("id").longValue()).toList();
  }
}
