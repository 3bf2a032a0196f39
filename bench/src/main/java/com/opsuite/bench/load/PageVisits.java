package com.opsuite.bench.load;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.Cookie;
import static io.gatling.javaapi.http.HttpDsl.addCookie;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import java.time.Duration;
import java.util.Collection;

/**
 * Page views as a signed-in browser makes them: the gas customer list (a lazy PrimeFaces table of
 * 25 rows) with its paging postback, and a customer's form page. Paths take the tenant from the
 * session ({@code #{tenant}}).
 */
final class PageVisits {

  static final String LIST = "/t/#{tenant}/gas-inspection/customers.xhtml";
  private static final String FORM = "/t/#{tenant}/gas-inspection/customer.xhtml?id=";

  /** The lazy table's client id: form {@code customers}, table {@code list}. */
  private static final String TABLE = "customers:list";

  private static final int ROWS = 25;

  /** How far people page through a list: its first 40 pages (1,000 rows). */
  private static final int PAGES_VISITED = 40;

  private PageVisits() {}

  /** Gives the virtual user the cookies of the session signed in for it ({@code cookie_<name>}). */
  static ChainBuilder carryCookies(Collection<String> names) {
    ChainBuilder chain = exec(session -> session);
    for (String name : names) {
      chain = chain.exec(addCookie(Cookie(name, "#{cookie_" + name + "}").withPath("/")));
    }
    return chain;
  }

  /** A pause between a person's actions, drawn from the user's generator. */
  static ChainBuilder think(Duration least, Duration most) {
    return exec(
        pause(
            session ->
                Duration.ofMillis(Choices.between(session, least.toMillis(), most.toMillis()))));
  }

  /** GET of the list page; keeps the view state and PrimeFaces' nonce for the postbacks. */
  static ChainBuilder listPage() {
    return exec(
        http("customers page")
            .get(LIST)
            .check(
                status().is(200),
                substring("id=\"" + TABLE + "\""),
                regex("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                    .saveAs("viewState"),
                regex("PrimeFaces\\.csp\\.init\\('([^']+)'\\)").saveAs("nonce"),
                regex("rowCount:(\\d+)").saveAs("rowCount")));
  }

  /** The Ajax postback of the table's paginator to a random page among the first ones. */
  static ChainBuilder nextPage() {
    return exec(
        http("customers paging (Ajax postback)")
            .post(LIST)
            .header("Faces-Request", "partial/ajax")
            .header("X-Requested-With", "XMLHttpRequest")
            .formParam("jakarta.faces.partial.ajax", "true")
            .formParam("jakarta.faces.source", TABLE)
            .formParam("jakarta.faces.partial.execute", TABLE)
            .formParam("jakarta.faces.partial.render", TABLE)
            .formParam("jakarta.faces.behavior.event", "page")
            .formParam("jakarta.faces.partial.event", "page")
            .formParam(TABLE + "_pagination", "true")
            .formParam(TABLE + "_first", session -> ROWS * page(session))
            .formParam(TABLE + "_rows", String.valueOf(ROWS))
            .formParam(TABLE + "_skipChildren", "true")
            .formParam(TABLE + "_encodeFeature", "true")
            .formParam("customers", "customers")
            .formParam("customers:q", "")
            .formParam("customers:area", "")
            .formParam("customers:kind", "")
            .formParam("jakarta.faces.ViewState", "#{viewState}")
            .formParam("primefaces.nonce", "#{nonce}")
            .check(
                status().is(200),
                substring("<partial-response"),
                substring("<update id=\"" + TABLE + "\""),
                substring("data-ri=\"")));
  }

  /** A customer's page (the registry's form page) for a customer the tenant has. */
  static ChainBuilder formPage(java.util.List<Long> customerIds) {
    return exec(
        http("customer form page")
            .get(
                session ->
                    FORM.replace("#{tenant}", session.getString("tenant"))
                        + Choices.oneOf(session, customerIds))
            .check(status().is(200), substring("jakarta.faces.ViewState")));
  }

  private static int page(io.gatling.javaapi.core.Session session) {
    int rowCount =
        session.contains("rowCount") ? Integer.parseInt(session.getString("rowCount")) : ROWS;
    int pages = Math.max(1, Math.min(PAGES_VISITED, (rowCount + ROWS - 1) / ROWS));
    return (int) Choices.between(session, 0, pages - 1);
  }
}
