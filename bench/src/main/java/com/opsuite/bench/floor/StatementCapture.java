package com.opsuite.bench.floor;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The exact statements one request makes the application send: PostgreSQL logs every statement
 * (ALTER SYSTEM, reloaded, so the pool's open connections log too) while the request runs, and the
 * application role's entries are read back from the server log. Nothing else should use the
 * database meanwhile.
 */
public final class StatementCapture {

  private final String superuserJdbcUrl;
  private final Path serverLog;
  private final String appRole;

  public StatementCapture(String superuserJdbcUrl, Path serverLog, String appRole) {
    this.superuserJdbcUrl = superuserJdbcUrl;
    this.serverLog = serverLog;
    this.appRole = appRole;
  }

  public List<CapturedStatement> during(Runnable request) {
    try {
      long from = serverLog.toFile().length();
      logStatements("all");
      try {
        request.run();
        Thread.sleep(300); // the log is written asynchronously to the file
      } finally {
        logStatements(null);
      }
      return PostgresLog.statementsOf(linesFrom(from), appRole);
    } catch (SQLException | IOException e) {
      throw new IllegalStateException("capturing the statements of a request failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void logStatements(String value) throws SQLException, InterruptedException {
    try (Connection c = DriverManager.getConnection(superuserJdbcUrl);
        Statement st = c.createStatement()) {
      st.execute(
          value == null
              ? "ALTER SYSTEM RESET log_statement"
              : "ALTER SYSTEM SET log_statement = '" + value + "'");
      st.execute("SELECT pg_reload_conf()");
    }
    Thread.sleep(300); // backends apply the reload when they next wait for a command
  }

  private List<String> linesFrom(long offset) throws IOException {
    try (RandomAccessFile file = new RandomAccessFile(serverLog.toFile(), "r")) {
      file.seek(offset);
      byte[] bytes = new byte[(int) (file.length() - offset)];
      file.readFully(bytes);
      return new ArrayList<>(new String(bytes, StandardCharsets.UTF_8).lines().toList());
    }
  }
}
