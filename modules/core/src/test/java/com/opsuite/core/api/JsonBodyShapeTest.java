package com.opsuite.core.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.JsonException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The strict reading of request bodies that keeps wrong-shaped JSON from being saved. */
class JsonBodyShapeTest {

  record Body(String name) {}

  @Test
  void exactlyOneValueIsRead() {
    assertEquals("[1,2]", read(" [1, 2] ").toString());
    assertNull(read(" \n "));
    for (String broken : List.of("[\"a\", {\"", "{\"a\": 1} x", "{} {}", "true false", "nope")) {
      assertThrows(JsonException.class, () -> read(broken), broken);
    }
  }

  @Test
  void theTopLevelValueMustFitWhatTheOperationReads() {
    assertEquals(true, fits("true", boolean.class));
    assertEquals(false, fits("[1, \"fz\"]", boolean.class));
    assertEquals(false, fits("null", boolean.class));
    assertEquals(true, fits("null", Boolean.class));
    assertEquals(true, fits("[\"a\"]", List.class));
    assertEquals(false, fits("\"a\"", List.class));
    assertEquals(false, fits("{\"fz\": 1}", List.class));
    assertEquals(true, fits("{}", Body.class));
    assertEquals(false, fits("[1]", Body.class));
    assertEquals(true, fits("{}", Map.class));
    assertEquals(false, fits("\"9\"", long.class));
    // Text the operation parses itself, and JDK values JSON-B reads from strings, are left alone.
    assertEquals(true, fits("[1]", String.class));
    assertEquals(true, fits("\"2026-02-14\"", LocalDate.class));
  }

  private static jakarta.json.JsonValue read(String body) {
    return StrictJson.read(body.getBytes(StandardCharsets.UTF_8));
  }

  private static boolean fits(String body, Class<?> type) {
    return JsonBodyShape.fits(read(body), type);
  }
}
