package com.opsuite.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Polls {@code /health/ready} in the background and keeps what it answered when. */
final class ReadinessWatch implements AutoCloseable {

  record Reading(Instant at, int status) {}

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final List<Reading> readings = new ArrayList<>();
  private final Thread poller;

  ReadinessWatch(URI ready) {
    HttpRequest request = HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(5)).build();
    poller =
        new Thread(
            () -> {
              while (!Thread.currentThread().isInterrupted()) {
                int status;
                try {
                  status =
                      client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                } catch (IOException e) {
                  status = -1;
                } catch (InterruptedException e) {
                  return;
                }
                synchronized (readings) {
                  readings.add(new Reading(Instant.now(), status));
                }
                try {
                  Thread.sleep(100);
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "readiness-watch");
    poller.start();
  }

  /** Waits until readiness answers {@code status}; the instant it first did after {@code since}. */
  Instant await(int status, Instant since, Duration within) {
    Instant deadline = Instant.now().plus(within);
    while (Instant.now().isBefore(deadline)) {
      for (Reading r : readings()) {
        if (r.status() == status && !r.at().isBefore(since)) {
          return r.at();
        }
      }
      Pause.briefly(50);
    }
    throw new AssertionError(
        "/health/ready did not answer " + status + " within " + within + ": " + readings());
  }

  List<Reading> readings() {
    synchronized (readings) {
      return List.copyOf(readings);
    }
  }

  @Override
  public void close() {
    poller.interrupt();
    try {
      poller.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
