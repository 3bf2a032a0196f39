package com.opsuite.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One more Payara Micro process serving the WAR under test, beside the suite's own deployment: for
 * the tests that need an instance they can kill or a second member of a data grid. It inherits the
 * suite's environment (Failsafe's {@code environmentVariables}), so only what differs is given.
 */
final class MicroInstance implements AutoCloseable {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  final String name;
  final URI base;
  private final Process process;
  private final Path log;
  private final Instant started = Instant.now();

  private MicroInstance(String name, URI base, Process process, Path log) {
    this.name = name;
    this.base = base;
    this.process = process;
    this.log = log;
  }

  /**
   * Starts the WAR on a free HTTP port as a member of the data grid {@code cluster}, whose members
   * find each other over TCP/IP at {@code members} (no multicast), with the given environment on
   * top of the suite's.
   */
  static MicroInstance start(
      String name, Cluster cluster, int gridPort, Map<String, String> environment) {
    Path root = Path.of(System.getProperty("it.payara.rootDir"));
    // beside this fork's own Payara root, so forks never share a folder
    Path dir = root.resolveSibling(root.getFileName() + "-micro-" + name);
    int port = freePort();
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-Djava.io.tmpdir=" + dir,
                "-jar",
                System.getProperty("payara.microJar"),
                "--deploy",
                System.getProperty("it.war"),
                "--contextroot",
                "/",
                "--port",
                Integer.toString(port),
                "--rootDir",
                dir.resolve("root").toString(),
                "--clusterName",
                cluster.name(),
                "--clusterMode",
                cluster.members(),
                "--startport",
                Integer.toString(gridPort),
                "--name",
                name,
                "--interfaces",
                "127.0.0.1",
                // Both members run on one host: host-aware partitioning would keep no backup of a
                // session on the other, which is the one that survives.
                "--nohostaware"));
    try {
      Files.createDirectories(dir);
      Path log = dir.resolve("server.log");
      ProcessBuilder builder =
          new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
      builder.environment().putAll(environment);
      return new MicroInstance(
          name, URI.create("http://127.0.0.1:" + port + "/"), builder.start(), log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A data grid of its own: a name unique to the run and the members' addresses. */
  record Cluster(String name, String members) {

    static Cluster of(int... gridPorts) {
      List<String> members = new ArrayList<>();
      for (int port : gridPorts) {
        members.add("127.0.0.1:" + port);
      }
      return new Cluster(TestTenants.newCode("opsuite-it"), "tcpip:" + String.join(",", members));
    }
  }

  /** Waits until {@code /health/ready} is UP; returns how long the start took. */
  Duration awaitReady(Duration limit) throws InterruptedException {
    Instant until = started.plus(limit);
    while (Instant.now().isBefore(until)) {
      if (!process.isAlive()) {
        throw new AssertionError(name + " exited while starting: " + tail());
      }
      if (ready()) {
        return Duration.between(started, Instant.now());
      }
      Thread.sleep(500);
    }
    throw new AssertionError(name + " not ready within " + limit + ": " + tail());
  }

  private boolean ready() {
    try {
      HttpResponse<String> health =
          CLIENT.send(
              HttpRequest.newBuilder(base.resolve("health/ready"))
                  .timeout(Duration.ofSeconds(5))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return health.statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Whether the server's log has a line containing the text (e.g. the grid's member list). */
  boolean logged(String text) {
    try {
      return Files.readString(log).contains(text);
    } catch (IOException e) {
      return false;
    }
  }

  /** SIGKILL: the process ends at once, as in a crash, with nothing handed over. */
  void kill() throws InterruptedException {
    process.destroyForcibly().waitFor();
  }

  String tail() {
    try {
      String text = Files.readString(log);
      return text.substring(Math.max(0, text.length() - 4000));
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
      kill();
    }
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
