package com.opsuite.bench;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The benchmark's parameters, from system properties (bench/saas-bench.sh passes them); the
 * defaults are the standard profile.
 */
record BenchSettings(
    String phase,
    URI base,
    long appPid,
    String superuserJdbcUrl,
    String appJdbcUrl,
    Path serverLog,
    Path out,
    Duration runLength,
    double templateScale,
    int bigCustomers,
    int purchasesPerCustomer,
    List<Integer> stages,
    int standardStage,
    int listRps,
    int getRps,
    int getUsers,
    int typicalRps,
    int writeRps,
    int pageUsers,
    int dayUsers,
    int dayTenants) {

  static BenchSettings fromSystemProperties() {
    String host = System.getProperty("bench.host", "127.0.0.1:5432");
    String db = System.getProperty("bench.db", "opsuite_bench");
    String pid = System.getProperty("bench.pid");
    if (pid == null) {
      throw new IllegalArgumentException("-Dbench.pid=<the application's process id> is required");
    }
    String phase = System.getProperty("bench.phase", "all");
    if (!List.of("all", "data", "load").contains(phase)) {
      throw new IllegalArgumentException("bench.phase is all, data or load: " + phase);
    }
    return new BenchSettings(
        phase,
        URI.create(System.getProperty("bench.base", "http://127.0.0.1:18480/")),
        Long.parseLong(pid),
        "jdbc:postgresql://" + host + "/" + db + "?user=postgres",
        "jdbc:postgresql://"
            + host
            + "/"
            + db
            + "?user=opsuite_app&password="
            + System.getProperty("bench.app-password", "opsuite_app")
            + "&stringtype=unspecified",
        Path.of(System.getProperty("bench.pglog", "/var/log/postgresql/postgresql-15-main.log")),
        Path.of(System.getProperty("bench.out", "bench/results/saas-bench.md")),
        Duration.ofSeconds(Long.getLong("bench.seconds", 60)),
        Double.parseDouble(System.getProperty("bench.scale", "1.0")),
        Integer.getInteger("bench.big-customers", 1_000_000),
        Integer.getInteger("bench.purchases-per-customer", 20),
        Arrays.stream(System.getProperty("bench.stages", "10,1000,10000").split(","))
            .map(String::strip)
            .map(Integer::valueOf)
            .sorted()
            .toList(),
        Integer.getInteger("bench.standard-stage", 1000),
        Integer.getInteger("bench.list-rps", 200),
        Integer.getInteger("bench.get-rps", 300),
        Integer.getInteger("bench.get-users", 32),
        Integer.getInteger("bench.typical-rps", 100),
        Integer.getInteger("bench.write-rps", 20),
        Integer.getInteger("bench.page-users", 50),
        Integer.getInteger("bench.day-users", 100),
        Integer.getInteger("bench.day-tenants", 100));
  }
}
