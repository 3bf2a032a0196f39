package com.opsuite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.opsuite.it.FuzzInputs.Expect;
import com.opsuite.it.FuzzInputs.Input;
import com.opsuite.it.FuzzOperations.Operation;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every REST operation the OpenAPI document declares, fuzzed: malformed JSON, wrong types field by
 * field, missing and oversized fields, a huge body, text no column can store, markup, SQL and
 * unicode edge cases in every free text field, and bad path and query values. Never a 5xx; every
 * refusal is a 4xx problem in the caller's language; a refused request stores nothing (the tenant's
 * rows, fingerprinted from the catalogue, are unchanged); strange text that is accepted is stored
 * and answered exactly as sent; the SQL strings did nothing. An operation the sweep cannot exercise
 * fails it, so a new endpoint cannot slip by.
 */
@ExtendWith(ArquillianExtension.class)
class BadInputSweepIT {

  @ArquillianResource URL base;

  @Test
  void noOperationFailsOrStoresAnythingOnBadInput() throws Exception {
    long started = System.nanoTime();
    URI root = base.toURI();
    List<Operation> operations =
        FuzzOperations.discover(root.resolve("/")).stream()
            .sorted(Comparator.comparing(Operation::path).thenComparing(Operation::method))
            .toList();
    assertTrue(operations.size() > 100, "operations in /openapi: " + operations.size());

    FuzzTenant tenant = new FuzzTenant(root, operations);
    FuzzFingerprint fingerprint = FuzzFingerprint.ofCatalogue();
    Map<String, String> neighbourBefore = fingerprint.of(tenant.neighbour);
    FuzzChecks checks = new FuzzChecks(fingerprint, tenant.code);

    List<String> notExercised = new ArrayList<>();
    Map<String, Integer> perCategory = new TreeMap<>();
    int fuzzed = 0;
    try (FuzzClient client = new FuzzClient(root, tenant.token())) {
      List<Input> reads = new ArrayList<>();
      for (int i = 0; i < operations.size(); i++) {
        Operation op = operations.get(i);
        List<String> unknown =
            op.otherParams().stream().filter(p -> !p.startsWith("header:")).toList();
        if (!unknown.isEmpty()) {
          notExercised.add(op + ": parameters the sweep cannot send " + unknown);
        }
        if (FuzzTenant.SKIPPED.containsKey(op.toString())) {
          continue;
        }
        FuzzInputs inputs =
            new FuzzInputs(
                op,
                name -> tenant.pathValue(op, name),
                tenant.ids,
                i % 20 == 0 ? FuzzInputs.HUGE_BODY_BYTES : FuzzInputs.OVER_LIMIT_BYTES);
        List<Input> body = inputs.bodyInputs();
        List<Input> params = inputs.parameterInputs();
        if (body.isEmpty() && params.isEmpty()) {
          continue;
        }
        fuzzed++;
        count(perCategory, body);
        count(perCategory, params);
        if (op.method().equals("get")) {
          reads.addAll(params);
          continue;
        }
        // Two fingerprints per operation: around what must all be refused (nothing may change),
        // then around the rest, which may be accepted (a change needs an accepted request).
        checks.batch(op, client, refusedOnly(body, true));
        List<Input> either = new ArrayList<>(refusedOnly(body, false));
        either.addAll(params);
        checks.batch(op, client, either);
      }
      checks.batch(null, client, reads);
    }

    checks.sqlInjectionDidNothing(neighbourBefore, fingerprint.of(tenant.neighbour));
    long seconds = (System.nanoTime() - started) / 1_000_000_000L;
    String report =
        String.format(
            "Bad-input sweep: %d operations in /openapi, %d fuzzed, %d inputs (%s); answers: %d"
                + " 2xx, %d 4xx (%d of them the container's empty 400 for %%00 in a path), %d 5xx, %d"
                + " other; %d strange texts stored and checked"
                + " verbatim; %d fingerprints of %d tables (%d ms); after the SQL strings, the"
                + " tenant table and the neighbour's %d tables checked; path ids not found: %s;"
                + " %d s",
            operations.size(),
            fuzzed,
            checks.inputs(),
            perCategory,
            checks.count(2),
            checks.count(4),
            checks.containerRefusals(),
            checks.count(5),
            checks.count(0) + checks.count(1) + checks.count(3),
            checks.storedVerbatim(),
            checks.fingerprints(),
            fingerprint.tables(),
            checks.fingerprintMillis(),
            neighbourBefore.size(),
            tenant.unresolved(),
            seconds);
    System.out.println(report);
    checks.failures().forEach(f -> System.out.println("Bad-input sweep failure: " + f));
    assertEquals(List.of(), checks.failures(), report);
    assertEquals(List.of(), notExercised, "operations the sweep cannot exercise");
    assertEquals(0, checks.count(5), report);
  }

  /** The inputs that must be refused (first) or those that may also be accepted. */
  private static List<Input> refusedOnly(List<Input> inputs, boolean refused) {
    return inputs.stream().filter(in -> (in.expect() == Expect.REFUSED) == refused).toList();
  }

  private static void count(Map<String, Integer> perCategory, List<Input> inputs) {
    for (Input in : inputs) {
      perCategory.merge(in.label().split(" ")[0], 1, Integer::sum);
    }
  }
}
