package com.opsuite.bench.load;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import com.opsuite.bench.data.BigGasTenant;
import com.opsuite.bench.data.TypicalTenants;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import java.util.List;

/** The REST reads: the big tenant's customer list and customers by id, a typical tenant's mix. */
final class RestReads {

  static final String CUSTOMERS = "/api/v1/gas-inspection/customers";
  static final String TICKETS = "/api/v1/online-ops/tickets";
  private static final List<String> KINDS = List.of("RESIDENTIAL", "COMMERCIAL", "INDUSTRIAL");

  private RestReads() {}

  /**
   * One page of 50 customers of the big tenant, as people use a list: half the requests page
   * through the first 20 pages unfiltered, a quarter filter by kind and a quarter by area (first 5
   * pages of each).
   */
  static ScenarioBuilder bigList(String token, List<Long> areaIds, long seed) {
    return scenario("REST list")
        .exec(Choices.seeded(seed))
        .exec(session -> session.set("token", token))
        .exec(
            http("list customers")
                .get(session -> customerPage(session, areaIds))
                .header("Authorization", "Bearer #{token}")
                .check(status().is(200), jsonPath("$.items").exists()));
  }

  private static String customerPage(Session s, List<Long> areaIds) {
    double filter = Choices.of(s).nextDouble();
    if (filter < 0.5) {
      return CUSTOMERS + "?size=50&page=" + Choices.between(s, 0, 19);
    }
    String by =
        filter >= 0.75 && !areaIds.isEmpty()
            ? "areaId=" + Choices.oneOf(s, areaIds)
            : "kind=" + Choices.oneOf(s, KINDS);
    return CUSTOMERS + "?size=50&" + by + "&page=" + Choices.between(s, 0, 4);
  }

  /** A customer of the big tenant by id (with meter, cards and latest purchases). */
  static ChainBuilder bigGet(BigGasTenant big) {
    return exec(
        http("get customer")
            .get(
                session ->
                    CUSTOMERS
                        + "/"
                        + Choices.between(session, big.firstCustomerId(), big.lastCustomerId()))
            .header("Authorization", "Bearer #{token}")
            .check(status().is(200)));
  }

  /** One request per user: a closed model wraps {@link #bigGet} in its own loop. */
  static ScenarioBuilder bigGetOnce(String token, BigGasTenant big, long seed) {
    return scenario("REST get")
        .exec(Choices.seeded(seed))
        .exec(session -> session.set("token", token))
        .exec(bigGet(big));
  }

  /**
   * A typical tenant's reads, one per user: its customers listed or one by id, its tickets listed
   * or one by id, in equal shares (those the tenant has data for).
   */
  static ScenarioBuilder typical(String token, TypicalTenants typical, long seed) {
    return scenario("typical reads")
        .exec(Choices.seeded(seed))
        .exec(session -> session.set("token", token))
        .exec(
            http("typical read")
                .get(session -> typicalRead(session, typical))
                .header("Authorization", "Bearer #{token}")
                .check(status().is(200)));
  }

  static String typicalRead(Session s, TypicalTenants typical) {
    boolean gas = !typical.customerIds().isEmpty();
    boolean online = !typical.ticketIds().isEmpty();
    int pick = Choices.of(s).nextInt(4);
    if (!online || gas && pick < 2) {
      return pick % 2 == 0
          ? CUSTOMERS + "?size=50&page=0"
          : CUSTOMERS + "/" + Choices.oneOf(s, typical.customerIds());
    }
    return pick % 2 == 0
        ? TICKETS + "?first=0&max=50"
        : TICKETS + "/" + Choices.oneOf(s, typical.ticketIds());
  }
}
