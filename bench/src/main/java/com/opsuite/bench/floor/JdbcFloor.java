package com.opsuite.bench.floor;

import com.opsuite.bench.report.ResultRow;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.Recorder;

/**
 * The floor under an endpoint: the statements it sends (captured by {@link StatementCapture}),
 * replayed over plain JDBC as the application role, one transaction per request, at the same
 * request rate as the endpoint was driven, every result read to its end. What the endpoint costs
 * above this is what the application's layers (HTTP, JAX-RS, CDI, JPA, JSON) add.
 *
 * <p>Latency counts from when a request was due, not when a thread got to it, so a floor that falls
 * behind shows it (no coordinated omission).
 */
public final class JdbcFloor {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\d+");

  private final String appJdbcUrl;
  private final int connections;

  /**
   * {@code appJdbcUrl} connects as the application role, e.g. with {@code stringtype=unspecified}.
   */
  public JdbcFloor(String appJdbcUrl, int connections) {
    this.appJdbcUrl = appJdbcUrl;
    this.connections = connections;
  }

  /**
   * Replays {@code request} at {@code rps} for {@code length}. {@code variation} gives, for each
   * request, the parameter values to substitute (captured value → new value), e.g. another id.
   */
  public ResultRow run(
      String label,
      List<CapturedStatement> request,
      Function<Random, Map<String, String>> variation,
      int rps,
      Duration length)
      throws InterruptedException {
    List<String> sql = request.stream().map(s -> jdbcText(s.sql())).toList();
    BlockingQueue<Connection> pool = new ArrayBlockingQueue<>(connections);
    for (int i = 0; i < connections; i++) {
      pool.add(connect());
    }
    warmUp(pool, sql, request, variation);
    ExecutorService workers = Executors.newFixedThreadPool(connections);
    ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
    Recorder recorder = new Recorder(3);
    AtomicLong done = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    Random random = new Random(11);
    long periodNanos = 1_000_000_000L / rps;
    long start = System.nanoTime();
    long total = length.toNanos() / periodNanos;
    AtomicLong issued = new AtomicLong();
    clock.scheduleAtFixedRate(
        () -> {
          long n = issued.getAndIncrement();
          if (n >= total) {
            return;
          }
          long due = start + n * periodNanos;
          Map<String, String> values = variation.apply(random);
          workers.execute(
              () -> {
                Connection c = null;
                try {
                  c = pool.take();
                  replay(c, sql, request, values);
                  done.incrementAndGet();
                } catch (SQLException | RuntimeException e) {
                  failed.incrementAndGet();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                } finally {
                  if (c != null) {
                    pool.add(c);
                  }
                }
                recorder.recordValue(Math.max(1, (System.nanoTime() - due) / 1_000));
              });
        },
        0,
        periodNanos,
        TimeUnit.NANOSECONDS);
    while (issued.get() < total) {
      Thread.sleep(50);
    }
    clock.shutdownNow();
    workers.shutdown();
    workers.awaitTermination(1, TimeUnit.MINUTES);
    double seconds = (System.nanoTime() - start) / 1e9;
    for (Connection c : pool) {
      try {
        c.close();
      } catch (SQLException ignored) {
        // closing after the run
      }
    }
    var histogram = recorder.getIntervalHistogram();
    long all = done.get() + failed.get();
    return new ResultRow(
        label,
        rps + " rps",
        all,
        done.get() / seconds,
        histogram.getValueAtPercentile(50) / 1000.0,
        histogram.getValueAtPercentile(95) / 1000.0,
        histogram.getValueAtPercentile(99) / 1000.0,
        all == 0 ? 0 : (double) failed.get() / all,
        -1,
        -1);
  }

  /** Each connection runs the request a few times first, so statements are prepared and warm. */
  private static void warmUp(
      BlockingQueue<Connection> pool,
      List<String> sql,
      List<CapturedStatement> request,
      Function<Random, Map<String, String>> variation) {
    Random random = new Random(3);
    for (Connection c : pool) {
      for (int i = 0; i < 10; i++) {
        try {
          replay(c, sql, request, variation.apply(random));
        } catch (SQLException e) {
          throw new IllegalStateException("the captured request fails over JDBC", e);
        }
      }
    }
  }

  private static void replay(
      Connection c, List<String> sql, List<CapturedStatement> request, Map<String, String> values)
      throws SQLException {
    try {
      for (int i = 0; i < sql.size(); i++) {
        try (PreparedStatement ps = c.prepareStatement(sql.get(i))) {
          List<String> params = request.get(i).params();
          for (int p = 0; p < params.size(); p++) {
            String value = params.get(p);
            ps.setString(p + 1, value == null ? null : values.getOrDefault(value, value));
          }
          if (ps.execute()) {
            try (ResultSet rs = ps.getResultSet()) {
              int columns = rs.getMetaData().getColumnCount();
              while (rs.next()) {
                for (int col = 1; col <= columns; col++) {
                  rs.getObject(col);
                }
              }
            }
          }
        }
      }
      c.commit();
    } catch (SQLException e) {
      c.rollback();
      throw e;
    }
  }

  private Connection connect() {
    try {
      Connection c = DriverManager.getConnection(appJdbcUrl);
      c.setAutoCommit(false);
      return c;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot connect for the JDBC floor", e);
    }
  }

  /** $1, $2... become JDBC's ?; the driver numbers them in order, each once. */
  static String jdbcText(String sql) {
    Matcher m = PLACEHOLDER.matcher(sql);
    return m.replaceAll("?");
  }
}
