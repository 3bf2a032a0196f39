package com.opsuite.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * HTTP/1.1 spoken over a socket, for what the JDK's client will not send: a request that announces
 * a body larger than it then sends, to see the server answer from the headers alone.
 */
final class RawHttp {

  private RawHttp() {}

  /**
   * A POST announcing {@code contentLength} bytes and sending none; answers the whole response
   * (status line, headers and body) as text, read until the server closes or 10 s pass.
   */
  static String postHeadersOnly(
      URI root, String path, Map<String, String> headers, long contentLength) throws IOException {
    URI target = root.resolve(path);
    try (Socket socket = new Socket(target.getHost(), target.getPort())) {
      socket.setSoTimeout(10_000);
      StringBuilder request =
          new StringBuilder("POST ")
              .append(target.getRawPath())
              .append(target.getRawQuery() == null ? "" : "?" + target.getRawQuery())
              .append(" HTTP/1.1\r\nHost: ")
              .append(target.getHost())
              .append(':')
              .append(target.getPort())
              .append("\r\nConnection: close\r\nContent-Length: ")
              .append(contentLength)
              .append("\r\n");
      headers.forEach(
          (name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
      request.append("\r\n");
      OutputStream out = socket.getOutputStream();
      out.write(request.toString().getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream answer = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      try {
        for (int n; (n = in.read(buffer)) > 0; ) {
          answer.write(buffer, 0, n);
        }
      } catch (java.net.SocketTimeoutException e) {
        // A server keeping the connection open: what it said so far is the answer.
      }
      return answer.toString(StandardCharsets.UTF_8);
    }
  }
}
