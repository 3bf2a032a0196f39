package com.opsuite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;

/** Assertions on a 400 problem answer: which field was refused, for what, and in which words. */
final class Refusals {

  private Refusals() {}

  /**
   * Asserts the response refuses exactly one field with the message key and returns the localized
   * message.
   */
  static String message(HttpResponse<String> response, String field, String key) {
    assertEquals(400, response.statusCode(), response.body());
    JsonObject problem = Http.json(response);
    assertEquals("urn:opsuite:problem:invalid-input", problem.getString("type"));
    List<JsonObject> errors = problem.getJsonArray("errors").getValuesAs(JsonObject.class);
    assertEquals(1, errors.size(), response.body());
    assertEquals(field, errors.get(0).getString("field"), response.body());
    assertEquals(key, errors.get(0).getString("code"), response.body());
    return errors.get(0).getString("message");
  }

  /** The message key of the one refused field. */
  static String errorCode(HttpResponse<String> response) {
    assertEquals(400, response.statusCode(), response.body());
    List<JsonObject> errors =
        Http.json(response).getJsonArray("errors").getValuesAs(JsonObject.class);
    assertEquals(1, errors.size(), response.body());
    return errors.get(0).getString("code");
  }

  /** Asserts the refusal and its exact message. */
  static void assertRefused(
      HttpResponse<String> response, String field, String key, String expectedMessage) {
    assertEquals(expectedMessage, message(response, field, key), response.body());
  }
}
