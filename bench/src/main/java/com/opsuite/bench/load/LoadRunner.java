package com.opsuite.bench.load;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import com.opsuite.bench.BenchTarget;
import com.opsuite.bench.data.TypicalTenants;
import com.opsuite.bench.report.ResultRow;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * The load scenarios against the running product, each a Gatling run in this JVM that ends in one
 * row of the benchmark's table. Tokens and page sign-ins happen before a run's users start
 * (password hashing is deliberately slow and is not what the scenarios measure); every data choice
 * is drawn from a generator seeded per scenario and virtual user, so runs repeat.
 */
public final class LoadRunner {

  private static final long SEED = 11;

  /** Tenants the ticket writes spread over (a token sign-in each before the run). */
  private static final int WRITE_TENANTS = 5;

  private static final Duration PAGE_THINK_LEAST = Duration.ofSeconds(1);
  private static final Duration PAGE_THINK_MOST = Duration.ofSeconds(3);
  private static final Duration WARM_UP = Duration.ofSeconds(15);

  /** No count of arrivals: a closed model's users run until the run's length is over. */
  private static final long CLOSED = 0;

  /** Time the last users of an open model may still need, and a closed loop's last request. */
  private static final Duration GRACE = Duration.ofSeconds(30);

  private final BenchTarget target;
  private final Duration runLength;
  private final ProductApi api;
  private final GatlingRun gatling;
  private double lastGeneratorCpuPercent = Double.NaN;

  public LoadRunner(BenchTarget target, Duration runLength) {
    this.target = target;
    this.runLength = runLength;
    this.api = new ProductApi(target.base());
    this.gatling = new GatlingRun(resultsRoot());
  }

  /** Results under bench/target when run from the repository's root, else under ./target. */
  private static Path resultsRoot() {
    String configured = System.getProperty("opsuite.bench.gatling-results");
    if (configured != null) {
      return Path.of(configured);
    }
    return Files.isDirectory(Path.of("bench", "target"))
        ? Path.of("bench", "target", "gatling")
        : Path.of("target", "gatling");
  }

  /** Open model: GET customers of the big tenant, 50 rows a page, at {@code rps} arrivals/s. */
  public ResultRow restList(int rps) {
    String token = bigToken();
    List<Long> areas = new BigTenantAreas(api, token).ids();
    return measure(
        "REST list (big tenant)",
        rps + " rps",
        () -> open(RestReads.bigList(token, areas, SEED + 1), rps),
        () -> Protocols.api(target.base()),
        RunStats::all,
        arrivals(rps));
  }

  /** Closed model: {@code users} clients each GET a big-tenant customer by id, back to back. */
  public ResultRow restGetCapacity(int users) {
    String token = bigToken();
    return measure(
        "REST get by id, capacity",
        users + " users",
        () -> capacityLoop(token).injectOpen(atOnceUsers(users)),
        () -> Protocols.api(target.base()),
        RunStats::all,
        CLOSED);
  }

  /** Open model: the same request as {@link #restGetCapacity} at {@code rps} arrivals/s. */
  public ResultRow restGetAtRate(int rps) {
    String token = bigToken();
    return measure(
        "REST get by id",
        rps + " rps",
        () -> open(RestReads.bigGetOnce(token, target.big(), SEED + 3), rps),
        () -> Protocols.api(target.base()),
        RunStats::all,
        arrivals(rps));
  }

  /** Open model: one typical tenant's customer and ticket lists and reads by id. */
  public ResultRow typicalReads(String tenant, int rps) {
    String token = api.token(tenant, target.typical().email(), target.typical().password());
    return measure(
        "typical tenant reads (" + tenant + ")",
        rps + " rps",
        () -> open(RestReads.typical(token, target.typical(), SEED + 4), rps),
        () -> Protocols.api(target.base()),
        RunStats::all,
        arrivals(rps));
  }

  /**
   * Open model, two rows: tickets opened in the first typical tenants, then inspections completed
   * (start, answers, signature, completion: the row times the four together) of the user's open
   * tasks, both at {@code rps} per second.
   */
  public List<ResultRow> writes(int rps) {
    Map<String, String> tokens = new LinkedHashMap<>();
    for (String tenant : writable(typical()).stream().limit(WRITE_TENANTS).toList()) {
      tokens.put(tenant, api.token(tenant, typical().email(), typical().password()));
    }
    ResultRow tickets =
        measure(
            "REST create ticket",
            rps + " rps",
            () -> open(RestWrites.openTicket(tokens, SEED + 5), rps),
            () -> Protocols.api(target.base()),
            RunStats::all,
            arrivals(rps));
    long wanted = rps * runLength.toSeconds() + rps;
    List<Map<String, Object>> tasks = new InspectionTasks(api, typical()).take((int) wanted);
    long seconds = Math.min(runLength.toSeconds(), tasks.size() / rps - 1);
    if (seconds < 1) {
      throw new IllegalStateException("only " + tasks.size() + " open inspection tasks found");
    }
    if (seconds < runLength.toSeconds()) {
      System.out.printf(
          "[load] %d open inspection tasks: completing for %d s%n", tasks.size(), seconds);
    }
    ResultRow inspections =
        measure(
            "REST complete inspection (4 requests)",
            rps + " rps",
            () ->
                RestWrites.completeInspection(listFeeder(tasks).queue())
                    .injectOpen(constantUsersPerSec(rps).during(Duration.ofSeconds(seconds))),
            () -> Protocols.api(target.base()),
            stats -> stats.group(RestWrites.INSPECTION),
            rps * seconds);
    return List.of(tickets, inspections);
  }

  /**
   * Closed model: {@code users} people signed in to the big tenant's pages, each opening the
   * customer list (lazy table, 25 rows) and paging it three times by the table's Ajax postback,
   * with 1 to 3 s between clicks; and the heap their sessions hold.
   */
  public PageRun lazyPage(int users) {
    HeapProbe heap = new HeapProbe(target.appPid());
    long before = heap.liveKib();
    List<Map<String, Object>> people =
        new SignedInUsers(target.base(), target.big().email(), target.big().password())
            .signIn(Collections.nCopies(users, target.big().code()));
    ResultRow row =
        measure(
            "PrimeFaces lazy list page + paging",
            users + " users",
            () -> pageVisits(people).injectOpen(atOnceUsers(users)),
            () -> Protocols.browser(target.base()),
            RunStats::all,
            CLOSED);
    long after = heap.liveKib();
    return new PageRun(row, (after - before) / (double) users);
  }

  /**
   * Closed model: {@code users} people of the first {@code tenants} typical tenants (spread evenly)
   * going round their working day ({@link WorkingDay}), signed in once each before it starts.
   */
  public ResultRow workingDay(int users, int tenants) {
    List<String> writable = writable(typical());
    List<String> codes = writable.subList(0, Math.min(tenants, writable.size()));
    List<String> tenantOfUser =
        IntStream.range(0, users)
            .mapToObj(i -> codes.get((int) ((long) i * codes.size() / users)))
            .toList();
    List<Map<String, Object>> people =
        new SignedInUsers(target.base(), typical().email(), typical().password())
            .signIn(tenantOfUser);
    return measure(
        "working day (" + codes.size() + " tenants)",
        users + " users",
        () ->
            WorkingDay.of(
                    listFeeder(people).queue(),
                    SignedInUsers.cookieNames(people),
                    typical(),
                    runLength,
                    SEED + 7)
                .injectOpen(atOnceUsers(users)),
        () -> Protocols.browser(target.base()),
        RunStats::all,
        CLOSED);
  }

  /**
   * The typical tenants scenarios may write to: all but the first, the template, which is copied to
   * make later stages and whose reads are compared across them, so it must keep its rows.
   */
  static List<String> writable(TypicalTenants typical) {
    List<String> codes = typical.codes();
    return codes.size() > 1 ? codes.subList(1, codes.size()) : codes;
  }

  /**
   * Every scenario briefly at a light load, unreported, so the product's JIT has compiled the paths
   * the measured runs take (and Gatling's own).
   */
  public void warmUp() {
    LoadRunner brief =
        new LoadRunner(target, runLength.compareTo(WARM_UP) < 0 ? runLength : WARM_UP);
    warm("REST list", () -> brief.restList(20));
    warm("REST get capacity", () -> brief.restGetCapacity(4));
    warm("REST get", () -> brief.restGetAtRate(50));
    warm("typical reads", () -> brief.typicalReads(typical().codes().get(0), 10));
    warm("writes", () -> brief.writes(2));
    warm("lazy page", () -> brief.lazyPage(4));
    warm("working day", () -> brief.workingDay(4, 4));
  }

  /** A warm-up that fails is said, and the others still run: the measured run will show it. */
  private static void warm(String scenario, Supplier<?> run) {
    try {
      run.get();
    } catch (RuntimeException e) {
      System.out.printf("[load] warm-up of %s failed: %s%n", scenario, e);
    }
  }

  /** The CPU this JVM (Gatling) used during the last run, 200 = both cores. */
  public double lastGeneratorCpuPercent() {
    return lastGeneratorCpuPercent;
  }

  private ScenarioBuilder capacityLoop(String token) {
    return scenario("REST get capacity")
        .exec(Choices.seeded(SEED + 2))
        .exec(session -> session.set("token", token))
        .during(runLength)
        .on(RestReads.bigGet(target.big()));
  }

  private ScenarioBuilder pageVisits(List<Map<String, Object>> people) {
    return scenario("lazy list page")
        .feed(listFeeder(people).queue())
        .exec(Choices.seeded(SEED + 6))
        .exec(PageVisits.carryCookies(SignedInUsers.cookieNames(people)))
        .exec(PageVisits.think(Duration.ZERO, PAGE_THINK_MOST))
        .during(runLength)
        .on(
            exec(PageVisits.listPage())
                .exec(PageVisits.think(PAGE_THINK_LEAST, PAGE_THINK_MOST))
                .repeat(3)
                .on(
                    exec(PageVisits.nextPage())
                        .exec(PageVisits.think(PAGE_THINK_LEAST, PAGE_THINK_MOST))));
  }

  private TypicalTenants typical() {
    return target.typical();
  }

  private String bigToken() {
    return api.token(target.big().code(), target.big().email(), target.big().password());
  }

  /** How many users an open model at this rate starts (one request, or one group, each). */
  private long arrivals(int rps) {
    return rps * runLength.toSeconds();
  }

  private PopulationBuilder open(ScenarioBuilder scenario, int rps) {
    return scenario.injectOpen(constantUsersPerSec(rps).during(runLength));
  }

  private ResultRow measure(
      String scenario,
      String load,
      Supplier<PopulationBuilder> population,
      Supplier<HttpProtocolBuilder> protocol,
      Function<RunStats, RunStats.Figures> which,
      long offered) {
    UsageWindow usage = new UsageWindow(target.appPid());
    RunStats stats =
        gatling.run(
            new LoadPlan(population, protocol, runLength.plus(GRACE), usage),
            scenario + " " + load);
    RunStats.Figures completed = which.apply(stats);
    RunStats.Figures f = completed.countingUnfinished(offered);
    if (f.requests() > completed.requests()) {
      System.out.printf(
          "[load] %s, %s: %d of %d arrivals unfinished at the hard stop, counted as errors%n",
          scenario, load, f.requests() - completed.requests(), offered);
    }
    lastGeneratorCpuPercent = usage.generator().cpuPercent();
    System.out.printf(
        "[load] %s, %s: %d requests, app CPU %.0f%%, load generator (Gatling JVM) CPU %.0f%%%n",
        scenario, load, f.requests(), usage.app().cpuPercent(), lastGeneratorCpuPercent);
    return new ResultRow(
        scenario,
        load,
        f.requests(),
        f.perSecond(),
        f.p50Ms(),
        f.p95Ms(),
        f.p99Ms(),
        f.errorRate(),
        usage.app().peakRssMib(),
        usage.app().cpuPercent());
  }
}
