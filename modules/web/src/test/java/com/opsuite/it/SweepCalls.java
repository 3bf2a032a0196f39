package com.opsuite.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * One request of the isolation sweep as the given caller, whatever the operation consumes: JSON, or
 * the raw bytes of an upload (a small PNG, which every upload endpoint accepts), and whatever it
 * answers (JSON, CSV, PDF, a spreadsheet), read as text to look for the other tenant's marks.
 */
final class SweepCalls {

  /** The header of 8 bytes and the start of an IHDR chunk: enough to pass a type sniff. */
  static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'
  };

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private SweepCalls() {}

  /** Sends the operation with a JSON body (or none for GET and DELETE), or a PNG to uploads. */
  static HttpResponse<String> call(
      URI base, ApiOperations.Operation op, String path, String json, String token) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Bearer " + token)
            .header("Accept-Language", "en");
    switch (op.method()) {
      case "GET" -> request.GET();
      case "DELETE" -> request.DELETE();
      default -> {
        HttpRequest.BodyPublisher body;
        if (op.takesJson() || ApiSweep.BODIES.containsKey(op.key())) {
          request.header("Content-Type", "application/json");
          body = HttpRequest.BodyPublishers.ofString(json == null ? "{}" : json);
        } else {
          request.header("Content-Type", uploadType(op));
          body = HttpRequest.BodyPublishers.ofByteArray(PNG);
        }
        request.method(op.method(), body);
      }
    }
    return send(request.build());
  }

  /** Uploads a PNG (or the given type) as the token's holder. */
  static HttpResponse<String> upload(URI uri, byte[] content, String token, String... type) {
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", type.length == 0 ? "image/png" : type[0])
            .POST(HttpRequest.BodyPublishers.ofByteArray(content))
            .build();
    return send(request);
  }

  private static HttpResponse<String> send(HttpRequest request) {
    try {
      return new Text(CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray()));
    } catch (IOException e) {
      throw new IllegalStateException(request.method() + " " + request.uri() + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * The declared media type closest to an image upload (a PNG is sent), else the first one
   * declared: an archive upload gets its own type, so only its caller's rights can refuse it.
   */
  private static String uploadType(ApiOperations.Operation op) {
    return op.consumes().stream()
        .filter(c -> c.startsWith("image/") || c.equals("*/*"))
        .map(c -> c.contains("*") ? "image/png" : c)
        .findFirst()
        .orElse(op.consumes().get(0));
  }

  /** A byte response read as (lossy) text, so binary exports can be searched for marks too. */
  private record Text(HttpResponse<byte[]> raw) implements HttpResponse<String> {
    @Override
    public int statusCode() {
      return raw.statusCode();
    }

    @Override
    public HttpRequest request() {
      return raw.request();
    }

    @Override
    public java.util.Optional<HttpResponse<String>> previousResponse() {
      return java.util.Optional.empty();
    }

    @Override
    public java.net.http.HttpHeaders headers() {
      return raw.headers();
    }

    @Override
    public String body() {
      return new String(raw.body(), StandardCharsets.ISO_8859_1);
    }

    @Override
    public java.util.Optional<javax.net.ssl.SSLSession> sslSession() {
      return raw.sslSession();
    }

    @Override
    public URI uri() {
      return raw.uri();
    }

    @Override
    public HttpClient.Version version() {
      return raw.version();
    }
  }
}
