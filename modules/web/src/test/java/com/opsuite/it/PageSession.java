package com.opsuite.it;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser's part in page requests, without a browser: keeps the cookies it is given and posts JSF
 * forms as a browser would (every hidden field of the form, PrimeFaces' CSP nonce, the button).
 * Redirects are not followed unless asked, so tests can see where a page sends them.
 */
public final class PageSession {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
  private static final Pattern HIDDEN = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>");

  private final URI base;
  // The session id and, as the application is distributable, Payara's session version.
  private final Map<String, String> cookies = new LinkedHashMap<>();

  private PageSession(URI base) {
    this.base = base;
  }

  /** A session with no sign-in yet; {@code base} is the application's root address. */
  public static PageSession open(URI base) {
    return new PageSession(base);
  }

  /**
   * The same browser sent to another instance of the application, as a proxy's fail-over does: a
   * copy with the cookies it holds now, requesting from {@code otherBase}.
   */
  public PageSession at(URI otherBase) {
    PageSession moved = new PageSession(otherBase);
    moved.cookies.putAll(cookies);
    return moved;
  }

  /**
   * Signs in on the tenant's sign-in page with e-mail and password; fails unless the sign-in
   * answers with a redirect (a sign-in that needs an authenticator code does not).
   */
  public static PageSession signIn(URI base, String tenant, String email, String password) {
    PageSession session = open(base);
    HttpResponse<String> posted = session.postSignIn(tenant, email, password);
    if (posted.statusCode() != 302) {
      throw new AssertionError(
          "page sign-in of " + email + ": " + posted.statusCode() + " " + posted.body());
    }
    return session;
  }

  /** Posts the sign-in form once and returns the answer: 302 when signed in. */
  public HttpResponse<String> postSignIn(String tenant, String email, String password) {
    HttpResponse<String> form = get("t/" + tenant + "/login");
    if (!cookies.containsKey("JSESSIONID")) {
      throw new AssertionError("no session cookie: " + form.headers());
    }
    return submit(form, "login", "submit", Map.of("email", email, "password", password));
  }

  /** GET of a path relative to the application's root; redirects are returned, not followed. */
  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(base.resolve(path)).GET());
  }

  /** Follows the response's redirects (at most five) and returns where they end. */
  public HttpResponse<String> follow(HttpResponse<String> response) {
    HttpResponse<String> current = response;
    for (int i = 0; i < 5 && isRedirect(current); i++) {
      current =
          send(
              HttpRequest.newBuilder(
                      current.uri().resolve(current.headers().firstValue("Location").orElseThrow()))
                  .GET());
    }
    return current;
  }

  /**
   * Posts the form {@code formId} of the page as a plain (non-Ajax) postback pressing {@code
   * button}; {@code fields} are the form's visible fields by their id within the form.
   */
  public HttpResponse<String> submit(
      HttpResponse<String> page, String formId, String button, Map<String, String> fields) {
    Map<String, String> posted = new LinkedHashMap<>();
    fields.forEach((id, value) -> posted.put(formId + ":" + id, value));
    posted.put(formId + ":" + button, "");
    return postback(page, formId, posted);
  }

  /**
   * Posts the form {@code formId} of the page with every hidden field of the form (those named in
   * {@code params} take its value instead), PrimeFaces' CSP nonce and {@code params} by their full
   * request names: without a button, a postback that only re-renders the view.
   */
  public HttpResponse<String> postback(
      HttpResponse<String> page, String formId, Map<String, String> params) {
    String body = page.body();
    Matcher open = Pattern.compile("<form[^>]*\\sid=\"" + formId + "\"[^>]*>").matcher(body);
    if (!open.find()) {
      throw new AssertionError("no form " + formId + " on " + page.uri() + ": " + body);
    }
    String form = body.substring(open.start(), body.indexOf("</form>", open.start()));
    Map<String, String> posted = new LinkedHashMap<>();
    Matcher hidden = HIDDEN.matcher(form);
    while (hidden.find()) {
      String name = attribute(hidden.group(), "name");
      if (name != null) {
        posted.put(name, attribute(hidden.group(), "value"));
      }
    }
    Matcher nonce = NONCE.matcher(body);
    if (nonce.find()) {
      posted.put("primefaces.nonce", nonce.group(1));
    }
    posted.putAll(params);
    StringBuilder encoded = new StringBuilder();
    posted.forEach((name, value) -> append(encoded, name, value));
    return send(
        HttpRequest.newBuilder(
                onThisInstance(page.uri().resolve(attribute(open.group(), "action"))))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(encoded.toString())));
  }

  /** The address on this session's instance, for a form a page of another instance showed. */
  private URI onThisInstance(URI target) {
    return base.resolve(
        target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery()));
  }

  /** The Cookie header a browser would send now. */
  public String cookieHeader() {
    return String.join(
        "; ", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
  }

  public static boolean isRedirect(HttpResponse<?> response) {
    return response.statusCode() / 100 == 3;
  }

  /** Where a redirect points, relative to the application's root, e.g. {@code t/acme/login}. */
  public String location(HttpResponse<?> response) {
    String location = response.headers().firstValue("Location").orElse("");
    String path = response.uri().resolve(location).getPath();
    return path.startsWith(base.getPath()) ? path.substring(base.getPath().length()) : path;
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    if (!cookies.isEmpty()) {
      request.header("Cookie", cookieHeader());
    }
    HttpRequest built = request.timeout(Duration.ofSeconds(30)).build();
    try {
      HttpResponse<String> response = CLIENT.send(built, HttpResponse.BodyHandlers.ofString());
      for (String header : response.headers().allValues("Set-Cookie")) {
        String pair = header.split(";", 2)[0];
        int equals = pair.indexOf('=');
        if (header.toLowerCase(java.util.Locale.ROOT).contains("max-age=0")) {
          cookies.remove(pair.substring(0, equals));
        } else {
          cookies.put(pair.substring(0, equals), pair.substring(equals + 1));
        }
      }
      return response;
    } catch (IOException e) {
      throw new IllegalStateException(built.method() + " " + built.uri() + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted during " + built.uri(), e);
    }
  }

  private static void append(StringBuilder body, String name, String value) {
    if (!body.isEmpty()) {
      body.append('&');
    }
    body.append(encode(name)).append('=').append(encode(value == null ? "" : value));
  }

  private static String attribute(String tag, String name) {
    Matcher m = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(tag);
    return m.find() ? m.group(1).replace("&amp;", "&") : null;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
