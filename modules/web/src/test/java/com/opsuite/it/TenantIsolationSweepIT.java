package com.opsuite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The exhaustive isolation sweep: every REST operation of the OpenAPI document and every page of
 * the WAR, tried by tenant A (token and page session; an administrator with every module, so a
 * refusal can only be about tenancy) with tenant B's identifiers. B's data is fingerprinted before
 * and after and must be unchanged; then B repeats each check as the positive control. An operation,
 * page or view parameter the sweep cannot give B's values to fails it as not covered, so a new
 * endpoint or page cannot escape it. {@link TenantIsolationIT} keeps the hand-picked cases.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TenantIsolationSweepIT {

  private static Sweep sweep;

  @ArquillianResource URL base;

  /** Everything the checks look at, computed once for the class. */
  private record Sweep(
      int operations,
      Set<String> missingFromDocument,
      ApiSweep api,
      PageSweep pages,
      Map<String, String> before,
      Map<String, String> after,
      long millis) {}

  @BeforeEach
  void sweepOnce() throws Exception {
    if (sweep != null) {
      return;
    }
    long start = System.currentTimeMillis();
    var root = base.toURI();
    List<ApiOperations.Operation> operations = ApiOperations.discover(root);
    Set<String> missing = new TreeSet<>(ApiOperations.declared());
    operations.forEach(op -> missing.remove(op.key()));

    String a = TestTenants.signUp(root, "isw-a", SweepTenantB.MODULES);
    SweepTenantB b = new SweepTenantB(root, "isw-b");
    ApiSweep api = new ApiSweep(root, a, b);
    List<ApiSweep.Attempt> prepared = api.prepare(operations);
    PageSweep pages = new PageSweep(root, a, b);
    pages.prepare(PageCatalog.pages());

    Map<String, String> before = TenantFingerprint.of(b.tenant);
    api.sweepAsA(prepared);
    pages.sweepAsA();
    Map<String, String> after = TenantFingerprint.of(b.tenant);
    sweep =
        new Sweep(
            operations.size(),
            missing,
            api,
            pages,
            before,
            after,
            System.currentTimeMillis() - start);
    report();
  }

  @Test
  @Order(1)
  void everyOperationAndPageIsSwept() {
    assertEquals(Set.of(), sweep.missingFromDocument(), "declared but not in /openapi");
    List<String> notCovered = new ArrayList<>(sweep.api().notCovered);
    notCovered.addAll(sweep.pages().notCovered);
    assertEquals(List.of(), notCovered, "not covered: no value of tenant B for these");
    assertTrue(sweep.operations() > 250, "operations discovered: " + sweep.operations());
    assertTrue(sweep.pages().pages > 50, "pages swept: " + sweep.pages().pages);
  }

  @Test
  @Order(2)
  void tenantAIsRefusedEveryOperationOnTenantBsData() {
    assertEquals(List.of(), sweep.api().failures);
    assertTrue(
        sweep.api().attempts.size() > 100, "negative checks: " + sweep.api().attempts.size());
  }

  @Test
  @Order(3)
  void tenantANeverSeesTenantBOnAnyPageOrPostback() {
    assertEquals(List.of(), sweep.pages().failures);
    assertTrue(sweep.pages().postbacks > 0, "postbacks: " + sweep.pages().postbacks);
  }

  @Test
  @Order(4)
  void tenantBsDataIsUnchanged() {
    assertTrue(TenantFingerprint.rows(sweep.before()) > 100, "B holds data: " + sweep.before());
    assertEquals(sweep.before(), sweep.after());
  }

  /** After the fingerprints: B's controls change B's own data. */
  @Test
  @Order(5)
  void tenantBIsNotRefusedTheSameRequests() {
    List<String> refused = new ArrayList<>(sweep.pages().positiveControls());
    refused.addAll(sweep.api().positiveControls());
    System.out.printf(
        "Isolation sweep positive controls: %d API (reads 2xx, changes not 403/404), %d pages, %d failed%n",
        sweep.api().attempts.size(), sweep.pages().addresses.size(), refused.size());
    assertEquals(List.of(), refused);
  }

  private static void report() {
    ApiSweep api = sweep.api();
    PageSweep pages = sweep.pages();
    System.out.printf(
        "Isolation sweep: %d operations discovered (%d declared missing from the document),"
            + " %d excluded, %d not covered, %d requests as A, %d negative checks on B's ids"
            + " in paths, %d reads with B's ids in query parameters"
            + " (A's statuses %s); %d pages (%d in the menu, %d not covered), %d postbacks;"
            + " B holds %d rows in %d tables; %d failures; %d ms%n",
        sweep.operations(),
        sweep.missingFromDocument().size(),
        ApiSweep.EXCLUDED.size(),
        api.notCovered.size(),
        api.swept,
        api.attempts.size(),
        api.queryReferences,
        api.statusesOfA,
        pages.pages,
        pages.menu.size(),
        pages.notCovered.size(),
        pages.postbacks,
        TenantFingerprint.rows(sweep.before()),
        sweep.before().size(),
        api.failures.size() + pages.failures.size(),
        sweep.millis());
    api.notCovered.forEach(op -> System.out.println("  not covered: " + op));
    pages.notCovered.forEach(p -> System.out.println("  not covered: " + p));
    sweep.missingFromDocument().forEach(op -> System.out.println("  not in /openapi: " + op));
    api.failures.forEach(f -> System.out.println("  FAILED " + f));
    pages.failures.forEach(f -> System.out.println("  FAILED " + f));
  }
}
