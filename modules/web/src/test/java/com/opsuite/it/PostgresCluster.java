package com.opsuite.it;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The Debian PostgreSQL cluster behind the test database, found by the JDBC URL's port in {@code
 * pg_lsclusters}, so a fault test stops and starts whichever cluster the run uses (a private one
 * while developing, the main one in CI). Needs the Debian tools and the rights to use them.
 */
final class PostgresCluster {

  final String version;
  final String name;

  private PostgresCluster(String version, String name) {
    this.version = version;
    this.name = name;
  }

  /** The cluster listening on the test database's port; fails the test if there is none. */
  static PostgresCluster ofTestDatabase() {
    int port = URI.create(TestDatabase.url().substring("jdbc:".length())).getPort();
    int wanted = port < 0 ? 5432 : port;
    for (String line : Command.run("pg_lsclusters", "--no-header").split("\n")) {
      String[] columns = line.trim().split("\\s+");
      if (columns.length >= 3 && columns[2].equals(String.valueOf(wanted))) {
        return new PostgresCluster(columns[0], columns[1]);
      }
    }
    throw new AssertionError("no PostgreSQL cluster on port " + wanted + " in pg_lsclusters");
  }

  /** Stops the cluster as an operator's restart does (fast: open sessions are cut). */
  void stop() {
    Command.run("pg_ctlcluster", version, name, "stop", "-m", "fast");
  }

  /**
   * Starts the cluster; returns the instant the test database accepted a connection again, polled
   * while the start command still runs (it returns a while after the server is up).
   */
  Instant start(Duration within) {
    Command start = new Command("pg_ctlcluster", version, name, "start");
    Instant accepting = awaitAcceptingConnections(within);
    start.finish();
    return accepting;
  }

  private Instant awaitAcceptingConnections(Duration within) {
    Instant deadline = Instant.now().plus(within);
    while (true) {
      try (Connection c =
          DriverManager.getConnection(
              TestDatabase.url(), System.getProperty("it.db.admin-user"), "")) {
        return Instant.now();
      } catch (SQLException notYet) {
        if (Instant.now().isAfter(deadline)) {
          throw new AssertionError("PostgreSQL " + this + " did not come back", notYet);
        }
        Pause.briefly(20);
      }
    }
  }

  @Override
  public String toString() {
    return version + "/" + name;
  }

  /**
   * A command whose output goes to a file, not a pipe: the server a start command leaves running
   * inherits the pipe, and reading it to the end would wait until the server stops.
   */
  private static final class Command {

    private final List<String> words;
    private final File output;
    private final Process process;

    Command(String... words) {
      this.words = List.of(words);
      try {
        output = File.createTempFile("pg-cluster", ".out");
        output.deleteOnExit();
        process =
            new ProcessBuilder(words).redirectErrorStream(true).redirectOutput(output).start();
      } catch (IOException e) {
        throw new AssertionError(this + " could not run", e);
      }
    }

    static String run(String... words) {
      return new Command(words).finish();
    }

    /** Waits for the command; its output, or the test fails with it. */
    String finish() {
      try {
        int exit = process.waitFor();
        String text = Files.readString(output.toPath(), StandardCharsets.UTF_8);
        if (exit != 0) {
          throw new AssertionError(this + " failed: " + text);
        }
        return text;
      } catch (IOException e) {
        throw new AssertionError(this + " output unreadable", e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(this + " interrupted", e);
      }
    }

    @Override
    public String toString() {
      return String.join(" ", words);
    }
  }
}
