package com.opsuite.it;

import com.opsuite.it.FuzzInputs.Input;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Sends a batch of fuzz inputs in parallel as one user, alternating the caller's language (Chinese
 * for even positions, English for odd), and keeps what came back.
 */
final class FuzzClient implements AutoCloseable {

  /** What one input got: its status, content type and body (an I/O failure is status 0). */
  record Answer(Input input, String language, int status, String contentType, String body) {}

  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private final URI root;
  private final String token;
  private final ExecutorService pool = Executors.newFixedThreadPool(8);
  private int sent;

  FuzzClient(URI root, String token) {
    this.root = root;
    this.token = token;
  }

  List<Answer> send(List<Input> inputs) throws Exception {
    List<Future<Answer>> futures = new ArrayList<>();
    for (Input input : inputs) {
      String language = sent++ % 2 == 0 ? "zh-CN" : "en";
      futures.add(pool.submit(() -> send(input, language)));
    }
    List<Answer> answers = new ArrayList<>();
    for (Future<Answer> f : futures) {
      answers.add(f.get());
    }
    return answers;
  }

  private Answer send(Input input, String language) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(root.resolve(input.path()))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Bearer " + token)
            .header("Accept-Language", language);
    for (int i = 0; i + 1 < input.headers().size(); i += 2) {
      request.header(input.headers().get(i), input.headers().get(i + 1));
    }
    if (input.body() == null) {
      request.method(input.method().toUpperCase(), HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(input.method().toUpperCase(), HttpRequest.BodyPublishers.ofString(input.body()));
    }
    try {
      HttpResponse<String> response =
          CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(
          input,
          language,
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.body());
    } catch (IOException e) {
      return new Answer(input, language, 0, "", e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
