package com.opsuite.bench;

import com.opsuite.bench.data.BenchData;
import com.opsuite.bench.data.BigGasTenant;
import com.opsuite.bench.data.CopyReport;
import com.opsuite.bench.data.TypicalTenants;
import com.opsuite.bench.floor.CapturedStatement;
import com.opsuite.bench.floor.JdbcFloor;
import com.opsuite.bench.floor.RowLevelSecuritySwitch;
import com.opsuite.bench.floor.StatementCapture;
import com.opsuite.bench.load.LoadRunner;
import com.opsuite.bench.load.PageRun;
import com.opsuite.bench.load.ProductApi;
import com.opsuite.bench.report.Measured;
import com.opsuite.bench.report.ResultRow;
import com.opsuite.bench.report.ResultTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The SaaS-scale benchmark end to end, against a product already running on an empty database
 * (bench/saas-bench.sh starts it): the template tenant and the large gas tenant, then stage by
 * stage more typical tenants, each stage's reads of one typical tenant (tenant-count independence),
 * at the standard stage every scenario, the JDBC floor under the two big-tenant reads and row-level
 * security off against on; then one table, written to a file.
 *
 * <p>Phase {@code data} builds only the template and the large tenant (it may run while the machine
 * does other work); phase {@code load} finds them in place and goes on from there.
 */
public final class SaasBenchmark {

  private final BenchSettings settings;
  private final ResultTable table = new ResultTable();
  private final List<String> dataLines = new ArrayList<>();
  private final Map<Integer, ResultRow> typicalByStage = new java.util.TreeMap<>();

  private SaasBenchmark(BenchSettings settings) {
    this.settings = settings;
  }

  public static void main(String[] args) throws Exception {
    new SaasBenchmark(BenchSettings.fromSystemProperties()).run();
  }

  private void run() throws Exception {
    String machine = Machine.describe();
    BenchData data = new BenchData(settings.base(), settings.superuserJdbcUrl());

    long t0 = System.nanoTime();
    TypicalTenants typical = data.template(settings.templateScale());
    dataLines.add(String.format(Locale.ROOT, "- template tenant through REST: %s", since(t0)));
    long t1 = System.nanoTime();
    BigGasTenant big = data.bigGas(settings.bigCustomers(), settings.purchasesPerCustomer());
    dataLines.add(
        String.format(
            Locale.ROOT,
            "- large gas tenant %s: %,d customers, %,d purchases: %s",
            big.code(),
            big.customers(),
            big.purchases(),
            since(t1)));
    int firstStage = settings.stages().get(0);
    grow(data, firstStage);
    // The data phase's timings are what the table reports; a load phase alone only reads back.
    Path dataPhase = Path.of(settings.out() + ".data.txt");
    if (settings.phase().equals("data")) {
      Files.createDirectories(dataPhase.toAbsolutePath().getParent());
      Files.write(dataPhase, dataLines);
      dataLines.forEach(System.out::println);
      return;
    }
    if (settings.phase().equals("load") && Files.exists(dataPhase)) {
      dataLines.clear();
      dataLines.addAll(Files.readAllLines(dataPhase));
    }

    boolean warm = false;
    for (int stage : settings.stages()) {
      grow(data, stage);
      // The runner sees every typical tenant present at this stage (the working day spreads).
      BenchTarget target =
          new BenchTarget(
              settings.base(), settings.appPid(), data.template(settings.templateScale()), big);
      LoadRunner runner = new LoadRunner(target, settings.runLength());
      if (!warm) {
        runner.warmUp();
        warm = true;
      }
      ResultRow reads = runner.typicalReads(typical.codes().get(0), settings.typicalRps());
      typicalByStage.put(stage, reads);
      table.add(new Measured(stage, "", reads));
      if (stage == settings.standardStage()) {
        standardProfile(stage, runner, target);
      }
    }
    table.section("Data generation", dataLines);
    table.section("Tenant-count independence (same tenant, same data)", independence());

    String title = "Opsuite SaaS benchmark, " + LocalDate.now();
    Files.createDirectories(settings.out().toAbsolutePath().getParent());
    Files.writeString(settings.out(), table.markdown(title, machine));
    System.out.println("written to " + settings.out().toAbsolutePath());
  }

  /** Copies the template up to {@code stage} typical tenants (nothing when they are there). */
  private void grow(BenchData data, int stage) {
    CopyReport copy = data.growTo(stage);
    if (copy.rowsCopied() == 0) {
      return;
    }
    data.checkLastCopy();
    dataLines.add(
        String.format(
            Locale.ROOT,
            "- %,d → %,d typical tenants: %,d rows copied in %s (%,.0f rows/s); %,d rows in"
                + " tenant-owned tables",
            copy.tenantsBefore(),
            copy.tenantsAfter(),
            copy.rowsCopied(),
            format(copy.took()),
            copy.rowsPerSecond(),
            data.tenantOwnedRows()));
  }

  private void standardProfile(int stage, LoadRunner runner, BenchTarget target) throws Exception {
    ResultRow list = runner.restList(settings.listRps());
    table.add(new Measured(stage, "", list));
    ResultRow getAtRate = runner.restGetAtRate(settings.getRps());
    table.add(new Measured(stage, "", getAtRate));
    ResultRow capacity = runner.restGetCapacity(settings.getUsers());
    table.add(new Measured(stage, "", capacity));
    for (ResultRow write : runner.writes(settings.writeRps())) {
      table.add(new Measured(stage, "", write));
    }
    PageRun page = runner.lazyPage(settings.pageUsers());
    table.add(new Measured(stage, "", page.row()));
    ResultRow day = runner.workingDay(settings.dayUsers(), Math.min(settings.dayTenants(), stage));
    table.add(new Measured(stage, "", day));

    List<String> floorLines = floor(stage, target, list, getAtRate);
    List<String> rlsLines =
        rowLevelSecurity(stage, runner, target.typical().codes().get(0), getAtRate);

    table.section("The floor: endpoint over the same SQL sent directly over JDBC", floorLines);
    table.section("Row-level security off against on (p95)", rlsLines);
    table.section("Targets", targets(list, capacity, page));
  }

  private List<String> floor(int stage, BenchTarget target, ResultRow list, ResultRow get)
      throws InterruptedException {
    BigGasTenant big = target.big();
    ProductApi api = new ProductApi(settings.base());
    String token = api.token(big.code(), big.email(), big.password());
    StatementCapture capture =
        new StatementCapture(settings.superuserJdbcUrl(), settings.serverLog(), "opsuite_app");
    // Unfiltered pages as the list scenario pages them (0-19); the capture is page 7's.
    int page = 7;
    List<CapturedStatement> listSql =
        capture.during(
            () -> api.get("api/v1/gas-inspection/customers?page=" + page + "&size=50", token));
    long capturedId = big.firstCustomerId() + 12_345;
    List<CapturedStatement> getSql =
        capture.during(() -> api.get("api/v1/gas-inspection/customers/" + capturedId, token));

    JdbcFloor floor = new JdbcFloor(settings.appJdbcUrl(), 16);
    long span = big.lastCustomerId() - big.firstCustomerId() + 1;
    ResultRow listFloor =
        floor.run(
            "JDBC floor of the customer list (" + listSql.size() + " statements)",
            listSql,
            random -> Map.of(String.valueOf(page * 50), String.valueOf(random.nextInt(20) * 50)),
            settings.listRps(),
            settings.runLength());
    table.add(new Measured(stage, "", listFloor));
    ResultRow getFloor =
        floor.run(
            "JDBC floor of get customer by id (" + getSql.size() + " statements)",
            getSql,
            random ->
                Map.of(
                    String.valueOf(capturedId),
                    String.valueOf(big.firstCustomerId() + Math.floorMod(random.nextLong(), span))),
            settings.getRps(),
            settings.runLength());
    table.add(new Measured(stage, "", getFloor));

    List<String> lines = new ArrayList<>();
    lines.add(ratioLine("customer list", list, listFloor));
    lines.add(ratioLine("get customer by id", get, getFloor));
    lines.add("");
    lines.add("Statements of one list request, as the application sent them:");
    listSql.forEach(s -> lines.add("    " + oneLine(s.sql())));
    lines.add("");
    lines.add("Statements of one get request:");
    getSql.forEach(s -> lines.add("    " + oneLine(s.sql())));
    return lines;
  }

  /**
   * The same requests with and without row-level security, each pair at a rate the product holds
   * (half the list target; the get rate), so the difference is the policy's, not a queue's.
   */
  private List<String> rowLevelSecurity(
      int stage, LoadRunner runner, String typicalTenant, ResultRow getOn) {
    RowLevelSecuritySwitch rls = new RowLevelSecuritySwitch(settings.superuserJdbcUrl());
    int listRps = Math.max(1, settings.listRps() / 2);
    ResultRow listOn = runner.restList(listRps);
    table.add(new Measured(stage, "RLS on", listOn));
    ResultRow listOff;
    ResultRow getOff;
    ResultRow typicalOff;
    int tables = rls.off();
    try {
      listOff = runner.restList(listRps);
      getOff = runner.restGetAtRate(settings.getRps());
      typicalOff = runner.typicalReads(typicalTenant, settings.typicalRps());
    } finally {
      rls.on();
    }
    table.add(new Measured(stage, "RLS off", listOff));
    table.add(new Measured(stage, "RLS off", getOff));
    table.add(new Measured(stage, "RLS off", typicalOff));
    List<String> lines = new ArrayList<>();
    lines.add("- RLS switched off on " + tables + " tables, then on again");
    lines.add(rlsLine("customer list", listOn, listOff));
    lines.add(rlsLine("get customer by id", getOn, getOff));
    lines.add(rlsLine("typical tenant reads", typicalByStage.get(stage), typicalOff));
    return lines;
  }

  private List<String> independence() {
    List<String> lines = new ArrayList<>();
    ResultRow first = typicalByStage.values().iterator().next();
    int firstStage = typicalByStage.keySet().iterator().next();
    typicalByStage.forEach(
        (stage, row) ->
            lines.add(
                String.format(
                    Locale.ROOT,
                    "- %,d tenants: p50 %.1f ms (%+.0f%%), p95 %.1f ms (%+.0f%%) against %,d"
                        + " tenants — p95 %s",
                    stage,
                    row.p50Ms(),
                    change(row.p50Ms(), first.p50Ms()),
                    row.p95Ms(),
                    change(row.p95Ms(), first.p95Ms()),
                    firstStage,
                    Math.abs(change(row.p95Ms(), first.p95Ms())) <= 15
                        ? "within ±15%"
                        : "outside ±15%")));
    return lines;
  }

  private List<String> targets(ResultRow list, ResultRow capacity, PageRun page) {
    List<String> lines = new ArrayList<>();
    lines.add(
        target(
            String.format(
                Locale.ROOT,
                "REST list, 50 rows of the 1,000,000-customer tenant at %s: p99 %.1f ms",
                list.load(),
                list.p99Ms()),
            "< 50 ms",
            list.p99Ms() < 50 && list.errorRate() == 0));
    lines.add(
        target(
            String.format(
                Locale.ROOT,
                "REST get by id, %s: %,.0f req/s at p99 %.1f ms",
                capacity.load(),
                capacity.throughput(),
                capacity.p99Ms()),
            "≥ 1,500 req/s at p99 < 100 ms",
            capacity.throughput() >= 1500 && capacity.p99Ms() < 100));
    lines.add(
        target(
            String.format(
                Locale.ROOT,
                "lazy 25-row list page, %s: p95 %.1f ms",
                page.row().load(),
                page.row().p95Ms()),
            "< 150 ms",
            page.row().p95Ms() < 150));
    lines.add(
        target(
            String.format(
                Locale.ROOT,
                "session memory per signed-in user: %.0f KiB",
                page.sessionKibPerUser()),
            "< 1 MiB",
            page.sessionKibPerUser() < 1024));
    long peakRss =
        List.of(list, capacity, page.row()).stream().mapToLong(ResultRow::rssMib).max().orElse(0);
    lines.add(target("application RSS under load: " + peakRss + " MiB", "< 1 GiB", peakRss < 1024));
    return lines;
  }

  private static String target(String measured, String goal, boolean met) {
    return "- " + measured + " — target " + goal + ": **" + (met ? "met" : "missed") + "**";
  }

  private static String ratioLine(String what, ResultRow endpoint, ResultRow floor) {
    return String.format(
        Locale.ROOT,
        "- %s: p50 %.1f ms over %.1f ms = ×%.1f; p95 %.1f over %.1f = ×%.1f",
        what,
        endpoint.p50Ms(),
        floor.p50Ms(),
        endpoint.p50Ms() / floor.p50Ms(),
        endpoint.p95Ms(),
        floor.p95Ms(),
        endpoint.p95Ms() / floor.p95Ms());
  }

  private static String rlsLine(String what, ResultRow on, ResultRow off) {
    double change = change(on.p95Ms(), off.p95Ms());
    return String.format(
        Locale.ROOT,
        "- %s: p95 %.1f ms with RLS, %.1f ms without (%+.0f%%) — %s",
        what,
        on.p95Ms(),
        off.p95Ms(),
        change,
        Math.abs(change) <= 10 ? "within 10%" : "outside 10%");
  }

  private static double change(double value, double reference) {
    return (value / reference - 1) * 100;
  }

  private static String oneLine(String sql) {
    return sql.replaceAll("\\s+", " ");
  }

  private static String since(long nanos) {
    return format(Duration.ofNanos(System.nanoTime() - nanos));
  }

  private static String format(Duration d) {
    return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
  }
}
