package com.opsuite.bench.data;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The product's REST API as one signed-in user of one tenant: JSON in and out, a bearer token from
 * token sign-in, renewed before it expires. An answer other than the one expected fails the
 * generation with the product's own problem text.
 */
final class RestClient {

  /** Tokens live 15 minutes by default; a template build can take longer than that. */
  private static final Duration RENEW_AFTER = Duration.ofMinutes(5);

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private final URI base;
  private final String tenant;
  private final String username;
  private final String password;
  private String token;
  private long tokenAt;

  RestClient(URI base, String tenant, String username, String password) {
    this.base = base;
    this.tenant = tenant;
    this.username = username;
    this.password = password;
  }

  /** Signs a tenant up with its first administrator and modules; false if the code is taken. */
  static boolean signUp(
      URI base, String code, String company, String email, String password, String... modules) {
    JsonObject body =
        Json.createObjectBuilder()
            .add("companyName", company)
            .add("tenantCode", code)
            .add("adminName", "Bench administrator")
            .add("email", email)
            .add("password", password)
            .add("modules", Json.createArrayBuilder(java.util.List.of(modules)))
            .build();
    HttpResponse<String> r = send(base, post(base.resolve("api/v1/signup"), body));
    if (r.statusCode() == 201) {
      return true;
    }
    if (r.statusCode() == 400 && r.body().contains("signup.code.taken")) {
      return false;
    }
    throw failed("signup of " + code, r);
  }

  /** A fresh token, or null when the tenant or user does not exist (401). */
  static String token(URI base, String tenant, String username, String password) {
    JsonObject body =
        Json.createObjectBuilder()
            .add("tenant", tenant)
            .add("username", username)
            .add("password", password)
            .build();
    HttpResponse<String> r = send(base, post(base.resolve("api/v1/auth/token"), body));
    if (r.statusCode() == 200) {
      return ((JsonObject) parse(r.body())).getString("access_token");
    }
    if (r.statusCode() == 401 || r.statusCode() == 404) {
      return null;
    }
    throw failed("token sign-in to " + tenant, r);
  }

  String tenant() {
    return tenant;
  }

  JsonObject getObject(String path) {
    return (JsonObject) expect(200, "GET", path, null);
  }

  JsonArray getArray(String path) {
    return (JsonArray) expect(200, "GET", path, null);
  }

  /** The status of a GET, for checks that expect a refusal. */
  int status(String path) {
    return call("GET", path, null).statusCode();
  }

  JsonObject created(String path, JsonValue body) {
    return (JsonObject) expect(201, "POST", path, body);
  }

  JsonObject created(String path, jakarta.json.JsonObjectBuilder body) {
    return created(path, body.build());
  }

  JsonStructure post(String path, JsonValue body) {
    return expect(200, "POST", path, body);
  }

  JsonStructure put(String path, JsonValue body) {
    return expect(200, "PUT", path, body);
  }

  /** A POST that creates (201) or answers what exists already (200), e.g. a resumed draft. */
  JsonObject createdOrFound(String path, JsonValue body) {
    HttpResponse<String> r = call("POST", path, body);
    if (r.statusCode() != 200 && r.statusCode() != 201) {
      throw failed("POST " + path + " in " + tenant, r);
    }
    return (JsonObject) parse(r.body());
  }

  private JsonStructure expect(int status, String method, String path, JsonValue body) {
    HttpResponse<String> r = call(method, path, body);
    if (r.statusCode() != status) {
      throw failed(method + " " + path + " in " + tenant, r);
    }
    return r.body().isEmpty() ? JsonValue.EMPTY_JSON_OBJECT : parse(r.body());
  }

  private HttpResponse<String> call(String method, String path, JsonValue body) {
    URI uri = base.resolve("api/v1/" + path);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(120))
            .header("Authorization", "Bearer " + bearer())
            .header("Accept-Language", "en")
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body.toString()));
    return send(base, request);
  }

  /** Raw bytes (an image) posted to a path, expecting 201. */
  void upload(String path, String contentType, byte[] bytes) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve("api/v1/" + path))
            .timeout(Duration.ofSeconds(120))
            .header("Authorization", "Bearer " + bearer())
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(bytes));
    HttpResponse<String> r = send(base, request);
    if (r.statusCode() != 201) {
      throw failed("POST " + path + " in " + tenant, r);
    }
  }

  private String bearer() {
    long now = System.nanoTime();
    if (token == null || now - tokenAt > RENEW_AFTER.toNanos()) {
      token = token(base, tenant, username, password);
      if (token == null) {
        throw new IllegalStateException(username + " cannot sign in to " + tenant);
      }
      tokenAt = now;
    }
    return token;
  }

  private static HttpRequest.Builder post(URI uri, JsonObject body) {
    return HttpRequest.newBuilder(uri)
        .timeout(Duration.ofSeconds(120))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
  }

  private static HttpResponse<String> send(URI base, HttpRequest.Builder request) {
    HttpRequest built = request.build();
    try {
      return HTTP.send(built, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(built.method() + " " + built.uri() + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted: " + built.uri(), e);
    }
  }

  static JsonStructure parse(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.read();
    }
  }

  private static IllegalStateException failed(String what, HttpResponse<String> r) {
    return new IllegalStateException(what + ": " + r.statusCode() + " " + r.body());
  }
}
