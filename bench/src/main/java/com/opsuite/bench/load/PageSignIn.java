package com.opsuite.bench.load;

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
 * Signs a user in on the tenant's real sign-in page, as a browser does (the form's hidden fields,
 * PrimeFaces' CSP nonce, the button), and gives the session's cookies for Gatling's users to carry
 * on. The same steps as the integration tests' {@code PageSession}, which the bench cannot depend
 * on (it is test code of the web module).
 */
final class PageSignIn {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
  private static final Pattern HIDDEN = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>");
  private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*\\sid=\"login\"[^>]*>");

  private final URI base;

  PageSignIn(URI base) {
    this.base = base;
  }

  /** The cookies of a signed-in session (the session id and Payara's session version). */
  Map<String, String> signIn(String tenant, String email, String password) {
    Map<String, String> cookies = new LinkedHashMap<>();
    HttpResponse<String> page =
        send(HttpRequest.newBuilder(base.resolve("t/" + tenant + "/login")), cookies);
    String body = page.body();
    Matcher open = LOGIN_FORM.matcher(body);
    if (!open.find()) {
      throw new IllegalStateException("no sign-in form on " + page.uri());
    }
    String form = body.substring(open.start(), body.indexOf("</form>", open.start()));
    StringBuilder posted = new StringBuilder();
    Matcher hidden = HIDDEN.matcher(form);
    while (hidden.find()) {
      String name = attribute(hidden.group(), "name");
      if (name != null) {
        append(posted, name, attribute(hidden.group(), "value"));
      }
    }
    Matcher nonce = NONCE.matcher(body);
    if (nonce.find()) {
      append(posted, "primefaces.nonce", nonce.group(1));
    }
    append(posted, "login:email", email);
    append(posted, "login:password", password);
    append(posted, "login:submit", "");
    HttpResponse<String> answer =
        send(
            HttpRequest.newBuilder(page.uri().resolve(attribute(open.group(), "action")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(posted.toString())),
            cookies);
    if (answer.statusCode() != 302) {
      throw new IllegalStateException(
          "page sign-in of " + email + "@" + tenant + " answered " + answer.statusCode());
    }
    return cookies;
  }

  private static HttpResponse<String> send(
      HttpRequest.Builder request, Map<String, String> cookies) {
    if (!cookies.isEmpty()) {
      request.header(
          "Cookie",
          String.join(
              "; ",
              cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
    }
    HttpRequest built = request.timeout(Duration.ofMinutes(2)).build();
    try {
      HttpResponse<String> response = CLIENT.send(built, HttpResponse.BodyHandlers.ofString());
      for (String header : response.headers().allValues("Set-Cookie")) {
        String pair = header.split(";", 2)[0];
        int equals = pair.indexOf('=');
        cookies.put(pair.substring(0, equals), pair.substring(equals + 1));
      }
      return response;
    } catch (IOException e) {
      throw new IllegalStateException(built.method() + " " + built.uri() + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted during " + built.uri(), e);
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
