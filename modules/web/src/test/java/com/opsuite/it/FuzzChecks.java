package com.opsuite.it;

import com.opsuite.it.FuzzClient.Answer;
import com.opsuite.it.FuzzInputs.Expect;
import com.opsuite.it.FuzzOperations.Operation;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The sweep's assertions on every answer, gathered so one run reports every fault at once: no 5xx;
 * a refusal is a problem+json in the caller's language; what must be refused is; a batch of refused
 * requests leaves the tenant's rows as they were; strange text that was accepted is stored and
 * answered exactly as sent.
 */
final class FuzzChecks {

  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

  private final FuzzFingerprint fingerprint;
  private final String tenant;
  private final List<String> failures = new ArrayList<>();
  private final int[] byClass = new int[6];
  private Map<String, String> last;
  private int inputs;
  private int fingerprints;
  private int storedVerbatim;
  private int containerRefusals;
  private long fingerprintNanos;

  FuzzChecks(FuzzFingerprint fingerprint, String tenant) {
    this.fingerprint = fingerprint;
    this.tenant = tenant;
  }

  /** Sends a batch through the client, checks each answer and what the tenant stored. */
  void batch(Operation op, FuzzClient client, List<FuzzInputs.Input> batch) throws Exception {
    if (batch.isEmpty()) {
      return;
    }
    Map<String, String> before = last == null ? print() : last;
    List<Answer> answers = client.send(batch);
    boolean accepted = false;
    for (Answer a : answers) {
      inputs++;
      byClass[Math.min(a.status() / 100, 5)]++;
      accepted |= check(a);
    }
    last = print();
    List<String> changed = FuzzFingerprint.changed(before, last);
    if (!accepted && !changed.isEmpty()) {
      failures.add(
          (op == null ? "reads" : op.toString())
              + ": every request was refused, yet rows changed in "
              + changed);
    }
  }

  private Map<String, String> print() {
    fingerprints++;
    long started = System.nanoTime();
    Map<String, String> print = fingerprint.of(tenant);
    fingerprintNanos += System.nanoTime() - started;
    return print;
  }

  /** Checks one answer; true when it was accepted (2xx). */
  private boolean check(Answer a) throws SQLException {
    String what =
        a.input().method().toUpperCase() + " " + a.input().path() + " [" + a.input().label() + "]";
    if (a.status() >= 500 || a.status() < 200) {
      failures.add(what + " -> " + a.status() + " " + excerpt(a.body()));
      return false;
    }
    if (a.status() < 300) {
      if (a.input().expect() == Expect.REFUSED) {
        failures.add(what + " was accepted: " + a.status() + " " + excerpt(a.body()));
      }
      if (a.input().strange() != null) {
        verbatim(what + " answered", a.body(), a.input().strange());
        storedVerbatim += verbatimInDatabase(what, a.input().strange());
      }
      return true;
    }
    if (refusedByContainer(a)) {
      containerRefusals++;
    } else if (a.status() >= 400) {
      problemInLanguage(what, a);
    }
    return false;
  }

  /**
   * A NUL byte ({@code %00}) in the path never reaches the application: Payara's connector ({@code
   * org.apache.catalina.connector.CoyoteAdapter.postParseRequest}, web-core 6.2025.10) decodes and
   * normalizes the URI before mapping it to a context, finds the null byte and calls {@code
   * sendError(400, "Invalid URI: Null byte found during request normalization")} unconditionally.
   * No context is chosen yet, so no web.xml error page, filter or JAX-RS provider of ours can
   * answer, and there is no setting to let the URI through. Accepted only exactly so: a 400 with no
   * body for a path holding %00; the batch's fingerprint still checks nothing was stored.
   */
  private static boolean refusedByContainer(Answer a) {
    String path = a.input().path();
    int query = path.indexOf('?');
    return a.status() == 400
        && (query < 0 ? path : path.substring(0, query)).contains("%00")
        && (a.body() == null || a.body().isEmpty());
  }

  private void problemInLanguage(String what, Answer a) {
    if (!a.contentType().contains("json")) {
      failures.add(
          what
              + " -> "
              + a.status()
              + " not a problem: "
              + a.contentType()
              + " "
              + excerpt(a.body()));
      return;
    }
    JsonObject problem;
    try (JsonReader reader = Json.createReader(new StringReader(a.body()))) {
      problem = reader.readObject();
    } catch (RuntimeException e) {
      failures.add(what + " -> " + a.status() + " unreadable problem " + excerpt(a.body()));
      return;
    }
    String title = problem.getString("title", "");
    String text = title + " " + problem.getString("detail", "");
    boolean chinese = HAN.matcher(title).find();
    if (title.isBlank() || problem.getInt("status", 0) != a.status()) {
      failures.add(what + " -> problem without title or status: " + problem);
    } else if (a.language().startsWith("zh") != chinese) {
      failures.add(what + " -> asked in " + a.language() + ", answered: " + text);
    }
  }

  /** Every string of the JSON holding the text's marker holds the text exactly (or sanitized). */
  private void verbatim(String what, String json, String sent) {
    if (json == null || json.isBlank()) {
      return;
    }
    JsonStructure value;
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      value = reader.read();
    } catch (RuntimeException e) {
      return;
    }
    String marker = sent.substring(0, sent.indexOf(' '));
    for (String s : strings(value, new ArrayList<>())) {
      if (s.contains(marker) && !s.contains(sent) && !sanitized(sent, s)) {
        failures.add(what + " changed the text: sent " + sent + ", got " + s);
      }
    }
  }

  /** Markup stored as rich text may be cleaned: then no script or handler may be left in it. */
  private static boolean sanitized(String sent, String stored) {
    return sent.contains("<") && !stored.contains("<script") && !stored.contains("onerror");
  }

  private int verbatimInDatabase(String what, String sent) throws SQLException {
    String marker = sent.substring(0, sent.indexOf(' '));
    List<String> rows;
    try (Connection c = TestDatabase.asAdmin()) {
      rows = fingerprint.rowsContaining(c, tenant, marker);
    }
    for (String row : rows) {
      verbatim(what + " stored", row, sent);
    }
    return rows.isEmpty() ? 0 : 1;
  }

  private static List<String> strings(JsonValue value, List<String> into) {
    switch (value.getValueType()) {
      case STRING -> into.add(((JsonString) value).getString());
      case OBJECT -> value.asJsonObject().values().forEach(v -> strings(v, into));
      case ARRAY -> value.asJsonArray().forEach(v -> strings(v, into));
      default -> {}
    }
    return into;
  }

  /** The SQL strings did nothing: the tenant table exists and a neighbour's rows are intact. */
  void sqlInjectionDidNothing(
      Map<String, String> neighbourBefore, Map<String, String> neighbourAfter) throws SQLException {
    try (Connection c = TestDatabase.asAdmin()) {
      if (!TestDatabase.strings(c, "SELECT to_regclass('public.tenant')::text")
          .equals(List.of("tenant"))) {
        failures.add("the table tenant is gone");
      }
    }
    List<String> changed = FuzzFingerprint.changed(neighbourBefore, neighbourAfter);
    if (!changed.isEmpty()) {
      failures.add("another tenant's rows changed during the sweep: " + changed);
    }
  }

  private static String excerpt(String body) {
    return body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "..." : body;
  }

  List<String> failures() {
    return failures;
  }

  int count(int statusClass) {
    return byClass[statusClass];
  }

  int inputs() {
    return inputs;
  }

  int fingerprints() {
    return fingerprints;
  }

  long fingerprintMillis() {
    return fingerprintNanos / 1_000_000L;
  }

  int containerRefusals() {
    return containerRefusals;
  }

  int storedVerbatim() {
    return storedVerbatim;
  }
}
