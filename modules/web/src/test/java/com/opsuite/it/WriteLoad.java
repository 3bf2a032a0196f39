package com.opsuite.it;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * Several clients writing through the API as fast as they are answered, each request carrying a
 * marker of its own, so that afterwards every answer can be held against the database. Every
 * request is bounded: one not answered within {@link #BOUND} counts as hung.
 */
final class WriteLoad implements AutoCloseable {

  static final Duration BOUND = Duration.ofSeconds(20);

  /** One request: its marker, status (-1: no answer), when it left and when it was answered. */
  record Outcome(
      String marker, int status, String contentType, String body, Instant sent, Instant answered) {

    boolean succeeded() {
      return status >= 200 && status < 300;
    }
  }

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final ExecutorService threads;

  /**
   * Starts {@code clients} threads, each sending the request {@code write} builds for a fresh
   * marker (client number and sequence) until {@link #close()}.
   */
  WriteLoad(int clients, String prefix, Function<String, HttpRequest.Builder> write) {
    threads = Executors.newFixedThreadPool(clients);
    for (int c = 0; c < clients; c++) {
      String client = prefix + "-" + c + "-";
      threads.submit(
          () -> {
            for (int n = 0; running.get(); n++) {
              outcomes.add(send(client + n, write));
            }
          });
    }
  }

  private Outcome send(String marker, Function<String, HttpRequest.Builder> write) {
    HttpRequest request = write.apply(marker).timeout(BOUND).build();
    Instant sent = Instant.now();
    try {
      HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
      return new Outcome(
          marker,
          r.statusCode(),
          r.headers().firstValue("Content-Type").orElse(""),
          r.body(),
          sent,
          Instant.now());
    } catch (HttpTimeoutException e) {
      return new Outcome(marker, -1, "", "no answer within " + BOUND, sent, Instant.now());
    } catch (IOException e) {
      return new Outcome(marker, -1, "", e.toString(), sent, Instant.now());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Outcome(marker, -1, "", "interrupted", sent, Instant.now());
    }
  }

  /** What has been answered so far, in no particular order. */
  List<Outcome> outcomes() {
    synchronized (outcomes) {
      return List.copyOf(outcomes);
    }
  }

  /** Stops sending and waits for the requests in flight (each bounded) to be answered. */
  @Override
  public void close() {
    running.set(false);
    threads.shutdown();
    try {
      if (!threads.awaitTermination(BOUND.toSeconds() + 10, TimeUnit.SECONDS)) {
        threads.shutdownNow();
        throw new AssertionError("write load did not stop");
      }
    } catch (InterruptedException e) {
      threads.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
