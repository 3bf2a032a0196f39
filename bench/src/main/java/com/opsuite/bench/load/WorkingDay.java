package com.opsuite.bench.load;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import com.opsuite.bench.data.TypicalTenants;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import java.time.Duration;
import java.util.Collection;

/**
 * A working day in the typical tenants: each person, signed in once, goes round their work with a
 * pause to read and think between actions: the customer list and a customer, the ticket list and a
 * ticket (API, as the phone and integrations call it), a new ticket and its reply, then the
 * customer list page and a customer's page in the browser.
 */
final class WorkingDay {

  /** Between two actions a person reads, types, thinks: 2 to 8 s, 5 s on average. */
  static final Duration LEAST_THINK = Duration.ofSeconds(2);

  static final Duration MOST_THINK = Duration.ofSeconds(8);

  private WorkingDay() {}

  static ScenarioBuilder of(
      FeederBuilder<Object> people,
      Collection<String> cookieNames,
      TypicalTenants typical,
      Duration length,
      long seed) {
    if (typical.customerIds().isEmpty() || typical.ticketIds().isEmpty()) {
      throw new IllegalStateException("the working day needs the tenants' customers and tickets");
    }
    ChainBuilder round =
        exec(api("list customers", RestReads.CUSTOMERS + "?size=50&page=0"))
            .exec(think())
            .exec(
                http("get customer")
                    .get(s -> RestReads.CUSTOMERS + "/" + Choices.oneOf(s, typical.customerIds()))
                    .header("Authorization", "Bearer #{token}")
                    .check(status().is(200)))
            .exec(think())
            .exec(api("list tickets", RestReads.TICKETS + "?first=0&max=50"))
            .exec(think())
            .exec(
                http("get ticket")
                    .get(s -> RestReads.TICKETS + "/" + Choices.oneOf(s, typical.ticketIds()))
                    .header("Authorization", "Bearer #{token}")
                    .check(status().is(200)))
            .exec(think())
            .exec(RestWrites.openTicket())
            .exec(think())
            .exec(RestWrites.reply())
            .exec(think())
            .exec(PageVisits.listPage())
            .exec(think())
            .exec(PageVisits.formPage(typical.customerIds()))
            .exec(think());
    return scenario("working day")
        .feed(people)
        .exec(Choices.seeded(seed))
        .exec(PageVisits.carryCookies(cookieNames))
        // People do not all start the same second: each begins somewhere in a first round.
        .exec(think())
        .during(length)
        .on(round);
  }

  private static ChainBuilder api(String name, String path) {
    return exec(
        http(name).get(path).header("Authorization", "Bearer #{token}").check(status().is(200)));
  }

  private static ChainBuilder think() {
    return PageVisits.think(LEAST_THINK, MOST_THINK);
  }
}
