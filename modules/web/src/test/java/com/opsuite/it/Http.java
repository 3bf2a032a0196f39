package com.opsuite.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A small HTTP client for the tests: requests against the deployed application, JSON bodies. */
public final class Http {

  /** Stands for "a bearer token of this user" until the request's address is known. */
  private static final String SIGNED_IN_AS = "X-Test-Signed-In-As";

  private static final Map<String, Token> TOKENS = new ConcurrentHashMap<>();
  private static final Map<String, String> PAGE_SESSIONS = new ConcurrentHashMap<>();

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private Http() {}

  public static HttpResponse<String> get(URI uri, String... headers) {
    return send(request(uri, headers).GET());
  }

  public static HttpResponse<String> post(URI uri, String json, String... headers) {
    return send(
        request(uri, headers)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  public static HttpResponse<String> put(URI uri, String json, String... headers) {
    return send(
        request(uri, headers)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  public static HttpResponse<String> delete(URI uri, String... headers) {
    return send(request(uri, headers).DELETE());
  }

  /**
   * Headers for an API call as the tenant's first administrator (as {@link TestTenants} signs
   * tenants up), optionally with more name/value pairs: a bearer token, fetched once per tenant.
   */
  public static String[] asTenant(String tenant, String... more) {
    return asUser(tenant, TestTenants.adminEmail(tenant), TestTenants.PASSWORD, more);
  }

  /** Headers for an API call as this user of the tenant: a bearer token from token sign-in. */
  public static String[] asUser(String tenant, String email, String password, String... more) {
    List<String> headers =
        new ArrayList<>(List.of(SIGNED_IN_AS, String.join("\n", tenant, email, password)));
    headers.addAll(List.of(more));
    return headers.toArray(String[]::new);
  }

  /** A fresh token for the user, or the failed sign-in's response as an assertion error. */
  public static String token(URI base, String tenant, String email, String password) {
    HttpResponse<String> response =
        post(
            base.resolve("api/v1/auth/token"),
            Json.createObjectBuilder()
                .add("tenant", tenant)
                .add("username", email)
                .add("password", password)
                .build()
                .toString());
    if (response.statusCode() != 200) {
      throw new AssertionError(
          "token sign-in of "
              + email
              + "@"
              + tenant
              + ": "
              + response.statusCode()
              + " "
              + response.body());
    }
    return json(response).getString("access_token");
  }

  /**
   * Signs in on the tenant's sign-in page as a browser would (form post with the view state) and
   * returns the session cookie header for page requests as that user; cached per user.
   */
  public static String[] pageSession(URI base, String tenant, String email, String password) {
    String cookie =
        PAGE_SESSIONS.computeIfAbsent(
            base + "|" + tenant + "|" + email, key -> signInOnPage(base, tenant, email, password));
    return new String[] {"Cookie", cookie};
  }

  /** A page session of the tenant's first administrator. */
  public static String[] pageSession(URI base, String tenant) {
    return pageSession(base, tenant, TestTenants.adminEmail(tenant), TestTenants.PASSWORD);
  }

  private static String signInOnPage(URI base, String tenant, String email, String password) {
    return PageSession.signIn(base, tenant, email, password).cookieHeader();
  }

  public static String[] bearer(String token, String... more) {
    List<String> headers = new ArrayList<>(List.of("Authorization", "Bearer " + token));
    headers.addAll(List.of(more));
    return headers.toArray(String[]::new);
  }

  private static HttpRequest.Builder request(URI uri, String... given) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
    List<String> headers = new ArrayList<>();
    for (int i = 0; i + 1 < given.length; i += 2) {
      if (SIGNED_IN_AS.equals(given[i])) {
        headers.add("Authorization");
        headers.add("Bearer " + cachedToken(applicationRoot(uri), given[i + 1]));
      } else {
        headers.add(given[i]);
        headers.add(given[i + 1]);
      }
    }
    if (!headers.isEmpty()) {
      request.headers(headers.toArray(String[]::new));
    }
    return request;
  }

  /** The application's root within a request address: the part before {@code api/}. */
  private static URI applicationRoot(URI uri) {
    String text = uri.toString();
    int api = text.indexOf("/api/");
    return URI.create(api < 0 ? uri.resolve("/").toString() : text.substring(0, api + 1));
  }

  private static String cachedToken(URI root, String user) {
    Token token =
        TOKENS.compute(
            root + "|" + user,
            (key, old) -> {
              if (old != null
                  && old.fetched().isAfter(Instant.now().minus(Duration.ofMinutes(5)))) {
                return old;
              }
              String[] parts = user.split("\n", 3);
              return new Token(token(root, parts[0], parts[1], parts[2]), Instant.now());
            });
    return token.value();
  }

  private record Token(String value, Instant fetched) {}

  private static HttpResponse<String> send(HttpRequest.Builder request) {
    HttpRequest built = request.build();
    try {
      return CLIENT.send(built, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(built.method() + " " + built.uri() + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted during " + built.uri(), e);
    }
  }

  public static JsonObject json(HttpResponse<String> response) {
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject();
    }
  }

  public static JsonArray jsonArray(HttpResponse<String> response) {
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readArray();
    }
  }
}
