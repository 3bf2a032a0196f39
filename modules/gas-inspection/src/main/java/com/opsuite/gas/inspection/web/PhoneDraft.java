package com.opsuite.gas.inspection.web;

import com.opsuite.gas.inspection.Answer;
import com.opsuite.gas.inspection.Draft;
import com.opsuite.gas.inspection.InspectionDetails;
import com.opsuite.gas.inspection.ItemResult;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A draft the phone kept in its own storage while it was offline, as the page's script sends it
 * back: {@code {"version": 7, "items": [{"code", "result", "note"}], "notes"}}. It comes from the
 * browser, so anything else is refused as unreadable rather than half-read; the service checks the
 * answers themselves as it does for every draft.
 */
final class PhoneDraft {

  private PhoneDraft() {}

  /** The draft, based on the version the phone had; IllegalArgumentException if unreadable. */
  static Draft read(String json) {
    if (json == null || json.isBlank()) {
      throw new IllegalArgumentException("no draft");
    }
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      JsonObject draft = reader.readObject();
      List<Answer> answers = new ArrayList<>();
      for (JsonObject item : draft.getJsonArray("items").getValuesAs(JsonObject.class)) {
        answers.add(
            new Answer(
                item.getString("code"),
                ItemResult.valueOf(item.getString("result")),
                text(item, "note")));
      }
      return new Draft(
          draft.getJsonNumber("version").longValueExact(),
          answers,
          text(draft, "notes"),
          null,
          null,
          null);
    } catch (JsonException
        | ClassCastException
        | NullPointerException
        | ArithmeticException
        | IllegalArgumentException e) {
      throw new IllegalArgumentException("unreadable draft", e);
    }
  }

  /** Whether the inspection holds exactly this draft's answers, notes included, and notes. */
  static boolean alreadySaved(Draft draft, InspectionDetails saved) {
    return answers(draft.items()).equals(answers(saved.items()))
        && Objects.equals(blankToNull(draft.notes()), blankToNull(saved.notes()));
  }

  private static Map<String, List<Object>> answers(List<Answer> answers) {
    Map<String, List<Object>> byCode = new HashMap<>();
    for (Answer a : answers) {
      byCode.put(a.code(), Arrays.asList(a.result(), blankToNull(a.note())));
    }
    return byCode;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static String text(JsonObject object, String name) {
    JsonValue value = object.get(name);
    return value == null || value.getValueType() == JsonValue.ValueType.NULL
        ? null
        : object.getString(name);
  }
}
