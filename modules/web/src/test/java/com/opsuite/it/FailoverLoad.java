package com.opsuite.it;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Signed-in page users asking for a page over and over, each as a proxy in front of two instances
 * sends them: to the first until it stops answering, then, with the same cookies, to the second.
 * Counts what a user would notice: requests that failed while the first went away, and on the
 * second, any answer but the page (a sign-in page means the session was lost).
 */
final class FailoverLoad {

  private static final Duration WAIT = Duration.ofSeconds(60);

  private final List<PageSession> sessions;
  private final String page;
  private final URI second;
  private final ExecutorService pool;
  private final AtomicBoolean stop = new AtomicBoolean();
  private final AtomicInteger requests = new AtomicInteger();
  private final AtomicInteger failedAtSwitch = new AtomicInteger();
  private final AtomicInteger onSecond = new AtomicInteger();
  private final AtomicInteger lostOnSecond = new AtomicInteger();
  private final AtomicReference<Instant> firstServedBySecond = new AtomicReference<>();
  private final Queue<String> problems = new ConcurrentLinkedQueue<>();

  FailoverLoad(List<PageSession> sessions, String page, URI second) {
    this.sessions = sessions;
    this.page = page;
    this.second = second;
    this.pool = Executors.newFixedThreadPool(sessions.size());
  }

  void start() {
    for (PageSession session : sessions) {
      pool.submit(() -> browse(session));
    }
  }

  private void browse(PageSession first) {
    PageSession current = first;
    boolean switched = false;
    while (!stop.get()) {
      try {
        HttpResponse<String> answer = current.get(page);
        requests.incrementAndGet();
        if (switched) {
          onSecond.incrementAndGet();
          if (answer.statusCode() == 200) {
            firstServedBySecond.compareAndSet(null, Instant.now());
          } else {
            lostOnSecond.incrementAndGet();
            problems.add("second: " + answer.statusCode() + " " + answer.headers().map());
          }
        } else if (answer.statusCode() != 200) {
          problems.add("first: " + answer.statusCode());
        }
      } catch (IllegalStateException e) {
        requests.incrementAndGet();
        if (switched) {
          lostOnSecond.incrementAndGet();
          problems.add("second: " + e.getCause());
        } else {
          // The first instance is gone: this request failed; the proxy sends the next elsewhere.
          failedAtSwitch.incrementAndGet();
          current = first.at(second);
          switched = true;
        }
      }
    }
  }

  /** Waits until the users made this many requests in all. */
  void awaitRequests(int count) throws InterruptedException {
    await(() -> requests.get() >= count, count + " requests");
  }

  /** Waits until each user was served this many times by the second instance. */
  void awaitOnSecond(int each) throws InterruptedException {
    int count = each * sessions.size();
    await(() -> onSecond.get() >= count, count + " requests on the second instance");
  }

  private void await(java.util.function.BooleanSupplier done, String what)
      throws InterruptedException {
    Instant until = Instant.now().plus(WAIT);
    while (!done.getAsBoolean()) {
      if (Instant.now().isAfter(until)) {
        stop();
        throw new AssertionError("not within " + WAIT + ": " + what + "; " + problems);
      }
      Thread.sleep(50);
    }
  }

  void stop() throws InterruptedException {
    stop.set(true);
    pool.shutdown();
    pool.awaitTermination(40, TimeUnit.SECONDS);
  }

  int requests() {
    return requests.get();
  }

  int failedAtSwitch() {
    return failedAtSwitch.get();
  }

  int onSecond() {
    return onSecond.get();
  }

  int lostOnSecond() {
    return lostOnSecond.get();
  }

  /** From the kill to the first page the second instance served. */
  long switchMillis(Instant killed) {
    Instant served = firstServedBySecond.get();
    return served == null ? -1 : Duration.between(killed, served).toMillis();
  }

  String problems() {
    return problems.toString();
  }
}
