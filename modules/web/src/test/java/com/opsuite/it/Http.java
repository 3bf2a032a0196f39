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
import java.util.ArrayList;
import java.util.List;

/** A small HTTP client for the tests: requests against the deployed application, JSON bodies. */
public final class Http {

  /** The header that names the tenant of an API call until token login exists. */
  public static final String TENANT = "X-Opsuite-Tenant";

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

  /** Headers for an API call as a tenant, optionally with more name/value pairs. */
  public static String[] asTenant(String tenant, String... more) {
    List<String> headers = new ArrayList<>(List.of(TENANT, tenant));
    headers.addAll(List.of(more));
    return headers.toArray(String[]::new);
  }

  private static HttpRequest.Builder request(URI uri, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return request;
  }

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
