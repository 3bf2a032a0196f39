package com.opsuite.bench.load;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The product's REST API as the scenarios' preparation calls it, outside any measured run: token
 * sign-in and the few reads and writes that find or make what a scenario needs.
 */
public final class ProductApi {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private final URI base;

  public ProductApi(URI base) {
    this.base = base;
  }

  /** A bearer token of the user (valid 15 minutes by default). */
  public String token(String tenant, String email, String password) {
    String body =
        Json.createObjectBuilder()
            .add("tenant", tenant)
            .add("username", email)
            .add("password", password)
            .build()
            .toString();
    HttpResponse<String> response = send(post("api/v1/auth/token", body, null), 200);
    return Json.createReader(new StringReader(response.body()))
        .readObject()
        .getString("access_token");
  }

  /** GET of an API path with the token; fails unless 200. */
  public JsonStructure get(String path, String token) {
    return json(
        send(
            HttpRequest.newBuilder(base.resolve(path)).header("Authorization", bearer(token)),
            200));
  }

  /** POST of a JSON body with the token; fails unless {@code expected}. */
  JsonStructure post(String path, String json, String token, int expected) {
    return json(send(post(path, json, token), expected));
  }

  private HttpRequest.Builder post(String path, String json, String token) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    return token == null ? request : request.header("Authorization", bearer(token));
  }

  private static String bearer(String token) {
    return "Bearer " + token;
  }

  private static JsonStructure json(HttpResponse<String> response) {
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      return reader.read();
    }
  }

  private static HttpResponse<String> send(HttpRequest.Builder request, int expected) {
    HttpRequest built =
        request.header("Accept", "application/json").timeout(Duration.ofMinutes(5)).build();
    try {
      HttpResponse<String> response = CLIENT.send(built, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != expected) {
        throw new IllegalStateException(
            built.method()
                + " "
                + built.uri()
                + ": "
                + response.statusCode()
                + " "
                + response.body());
      }
      return response;
    } catch (IOException e) {
      throw new IllegalStateException(built.method() + " " + built.uri() + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted during " + built.uri(), e);
    }
  }
}
