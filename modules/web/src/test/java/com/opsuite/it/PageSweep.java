package com.opsuite.it;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tenant A's page session against every page of the product, with tenant B's ids in the view
 * parameters, then a JSF postback of each form carrying B's ids (view parameters and every numeric
 * hidden field); and B's session on the same addresses as the positive control.
 *
 * <p>What A may see: any status but 5xx (its own empty page, a redirect, 404), and never B's mark,
 * B's tenant code or B's ids in what comes back.
 */
final class PageSweep {

  /** Pages outside any tenant session, swept by the sign-in and signup tests instead. */
  static final Map<String, String> PUBLIC =
      Map.of(
          "index.xhtml", "the product's public front page, no tenant",
          "signup.xhtml", "creates a tenant, no session yet",
          "error.xhtml", "the error page, no data",
          "platform/login.xhtml", "platform operators' sign-in, no tenant",
          "platform/tenants.xhtml", "platform operators' page; a tenant session is refused there",
          "core/login.xhtml", "sign-in, before any session",
          "core/forgot-password.xhtml", "before any session; answers alike for any e-mail",
          "core/reset-password.xhtml", "a reset token, no tenant record id",
          "forbidden.xhtml", "where refusals are forwarded; not served at a tenant address");

  /** B's value for each page's view parameter: a query on B's rows, or a key every tenant has. */
  static final Map<String, String> VIEW_PARAMS =
      Map.ofEntries(
          Map.entry(
              "gas-inspection/customer.xhtml?id",
              "SELECT id FROM gas_customer WHERE tenant_id = ?"),
          Map.entry(
              "gas-inspection/inspection.xhtml?task",
              "SELECT id FROM gas_task WHERE tenant_id = ? AND status = 'OPEN'"),
          Map.entry(
              "gas-inspection/certificate.xhtml?customer",
              "SELECT customer_no FROM gas_customer WHERE tenant_id = ?"),
          Map.entry(
              "gas-inspection/notice.xhtml?no",
              "SELECT notice_no FROM gas_hazard WHERE tenant_id = ? AND notice_no IS NOT NULL"),
          Map.entry("core/approvals.xhtml?open", "SELECT id FROM approval WHERE tenant_id = ?"),
          Map.entry(
              "online-ops/campaign.xhtml?id", "SELECT id FROM online_campaign WHERE tenant_id = ?"),
          Map.entry(
              "online-ops/design-request.xhtml?id",
              "SELECT id FROM online_design_request WHERE tenant_id = ?"),
          Map.entry(
              "online-ops/content-item.xhtml?id",
              "SELECT id FROM online_content WHERE tenant_id = ?"),
          Map.entry(
              "online-ops/ticket.xhtml?id", "SELECT id FROM online_ticket WHERE tenant_id = ?"),
          Map.entry("online-ops/cadence.xhtml?week", "=2026-W10"),
          Map.entry("online-ops/calendar.xhtml?date", "=2026-03-02"),
          Map.entry("online-ops/calendar.xhtml?mode", "=week"),
          Map.entry("online-ops/meetings.xhtml?kind", "=MONTHLY"),
          Map.entry("online-ops/meetings.xhtml?period", "=2026-11"));

  /** The page template's own forms (language, sign-out): the same on every page, no record. */
  private static final Set<String> TEMPLATE_FORMS = Set.of("locale", "user-bar");

  private static final Pattern FORM = Pattern.compile("<form[^>]*\\sid=\"([^\"]+)\"");
  private static final Pattern NUMERIC_HIDDEN =
      Pattern.compile("<input[^>]*type=\"hidden\"[^>]*name=\"([^\"]+)\"[^>]*value=\"\\d+\"");

  private final URI base;
  private final String tenantA;
  private final SweepTenantB b;
  final List<String> notCovered = new ArrayList<>();
  final List<String> failures = new ArrayList<>();
  final Set<String> menu = new TreeSet<>();
  final List<String> addresses = new ArrayList<>();
  int pages;
  int postbacks;

  PageSweep(URI base, String tenantA, SweepTenantB b) {
    this.base = base;
    this.tenantA = tenantA;
    this.b = b;
  }

  /** Each tenant page's address with B's values, relative to the tenant; the menu checked too. */
  void prepare(Map<String, List<String>> catalog) throws SQLException {
    HttpResponse<String> home =
        Http.get(base.resolve("t/" + tenantA + "/"), Http.pageSession(base, tenantA));
    Matcher link = Pattern.compile("/t/" + tenantA + "/([\\w/-]+\\.xhtml)").matcher(home.body());
    while (link.find()) {
      menu.add(link.group(1));
    }
    for (String entry : menu) {
      if (!catalog.containsKey(entry)) {
        notCovered.add("menu entry " + entry + " is no page of the WAR");
      }
    }
    for (Map.Entry<String, List<String>> page : catalog.entrySet()) {
      if (PUBLIC.containsKey(page.getKey())) {
        continue;
      }
      StringBuilder query = new StringBuilder();
      for (String param : page.getValue()) {
        String source = VIEW_PARAMS.get(page.getKey() + "?" + param);
        String value = source == null ? null : value(source);
        if (value == null) {
          notCovered.add("page " + page.getKey() + "?" + param);
          continue;
        }
        query.append(query.isEmpty() ? "?" : "&").append(param).append('=').append(encode(value));
      }
      addresses.add(page.getKey() + query);
    }
  }

  /** A's session opens every page with B's ids and posts each form back carrying them. */
  void sweepAsA() {
    PageSession session =
        PageSession.signIn(base, tenantA, TestTenants.adminEmail(tenantA), TestTenants.PASSWORD);
    for (String address : addresses) {
      HttpResponse<String> page = session.follow(session.get("t/" + tenantA + "/" + address));
      pages++;
      Map<String, String> carried = carriedIds(address);
      check("GET " + address, page, carried);
      Matcher form = FORM.matcher(page.body());
      while (page.statusCode() == 200 && form.find()) {
        if (TEMPLATE_FORMS.contains(form.group(1))) {
          continue;
        }
        Map<String, String> params = new LinkedHashMap<>(carried);
        Matcher hidden = NUMERIC_HIDDEN.matcher(formBody(page.body(), form.start()));
        while (hidden.find()) {
          params.put(hidden.group(1), firstId(carried));
        }
        params.put(form.group(1), form.group(1));
        HttpResponse<String> posted = session.postback(page, form.group(1), params);
        postbacks++;
        check("POST " + address + " form " + form.group(1), posted, carried);
      }
    }
  }

  /** B's session opens the same addresses: never refused, never sent to the forbidden page. */
  List<String> positiveControls() {
    PageSession session =
        PageSession.signIn(base, b.tenant, TestTenants.adminEmail(b.tenant), TestTenants.PASSWORD);
    List<String> refused = new ArrayList<>();
    for (String address : addresses) {
      HttpResponse<String> page = session.follow(session.get("t/" + b.tenant + "/" + address));
      if (page.statusCode() != 200 || page.uri().getPath().endsWith("forbidden.xhtml")) {
        refused.add(address + " as B: " + page.statusCode() + " at " + page.uri());
      }
    }
    return refused;
  }

  /** A 5xx, or B's mark or code in the answer, leaving out the values A itself sent. */
  private void check(String what, HttpResponse<String> answer, Map<String, String> sent) {
    String body = answer.body();
    for (String value : sent.values()) {
      body = body.replace(value, "");
    }
    if (answer.statusCode() >= 500) {
      failures.add(what + " as A: " + answer.statusCode() + " " + ApiSweep.abbreviate(body));
    } else if (body.contains(b.mark) || body.contains(b.tenant)) {
      failures.add(what + " as A shows B's data");
    }
  }

  /** The view parameters of the address that carry B's values. */
  private static Map<String, String> carriedIds(String address) {
    Map<String, String> params = new LinkedHashMap<>();
    int q = address.indexOf('?');
    if (q > 0) {
      for (String pair : address.substring(q + 1).split("&")) {
        String[] kv = pair.split("=", 2);
        params.put(kv[0], java.net.URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
      }
    }
    return params;
  }

  private String firstId(Map<String, String> carried) {
    return carried.values().stream().filter(v -> v.matches("\\d+")).findFirst().orElse(anyId());
  }

  private String anyId() {
    return value("SELECT id FROM gas_customer WHERE tenant_id = ?");
  }

  private static String formBody(String page, int start) {
    int end = page.indexOf("</form>", start);
    return page.substring(start, end < 0 ? page.length() : end);
  }

  private String value(String source) {
    if (source.startsWith("=")) {
      return source.substring(1);
    }
    try (Connection admin = TestDatabase.asAdmin()) {
      return TestDatabase.strings(admin, source + " ORDER BY 1", b.tenant).stream()
          .findFirst()
          .orElse(null);
    } catch (SQLException e) {
      throw new IllegalStateException(source, e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
