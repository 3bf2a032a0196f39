package com.opsuite.bench.load;

import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.net.URI;

/** How the virtual users talk to the product on loopback. */
final class Protocols {

  private Protocols() {}

  /**
   * API clients: one shared keep-alive connection pool, as an integration or a phone app behind a
   * gateway would reuse connections, so the measure is the request and not a TCP handshake each.
   */
  static HttpProtocolBuilder api(URI base) {
    return common(base).acceptHeader("application/json").shareConnections();
  }

  /** Browsers: each virtual user its own connections and cookies, redirects followed. */
  static HttpProtocolBuilder browser(URI base) {
    return common(base).acceptHeader("text/html,application/xhtml+xml,*/*;q=0.8");
  }

  private static HttpProtocolBuilder common(URI base) {
    String root = base.toString().replaceAll("/+$", "");
    return http.baseUrl(root)
        .acceptLanguageHeader("en")
        .acceptEncodingHeader("gzip, deflate")
        .userAgentHeader("opsuite-bench")
        .disableWarmUp();
  }
}
