package com.opsuite.core.api;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.NoSuchElementException;

/**
 * A request body read as exactly one JSON value and nothing after it: the parser is asked for more
 * once the value is read, so trailing text or a second value is refused rather than ignored.
 */
final class StrictJson {

  private StrictJson() {}

  /**
   * The body's value, or null for a body of only white space.
   *
   * @throws JsonException when the body is not exactly one JSON value
   */
  static JsonValue read(byte[] body) {
    if (new String(body, StandardCharsets.UTF_8).isBlank()) {
      return null;
    }
    try (JsonParser parser = Json.createParser(new ByteArrayInputStream(body))) {
      parser.next();
      JsonValue value = parser.getValue();
      if (parser.hasNext()) {
        throw new JsonException("more after the JSON value");
      }
      return value;
    } catch (IllegalStateException | NoSuchElementException e) {
      throw new JsonException("not one JSON value", e);
    }
  }
}
