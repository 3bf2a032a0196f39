package com.opsuite.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The few REST calls the orchestrator itself makes: a token, and one authorised GET. */
final class BenchApi {

  private final URI base;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  BenchApi(URI base) {
    this.base = base;
  }

  String token(String tenant, String email, String password) {
    String body =
        Json.createObjectBuilder()
            .add("tenant", tenant)
            .add("username", email)
            .add("password", password)
            .build()
            .toString();
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(base.resolve("api/v1/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "no token for " + tenant + ": " + response.statusCode() + " " + response.body());
    }
    JsonObject json = Json.createReader(new StringReader(response.body())).readObject();
    return json.getString("access_token");
  }

  void get(String path, String token) {
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(base.resolve(path))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .GET()
                .build());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(path + ": " + response.statusCode() + " " + response.body());
    }
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException e) {
      throw new IllegalStateException(request.uri() + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
