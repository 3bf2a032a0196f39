package com.opsuite.core.approval;

import com.opsuite.core.validation.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Checks what a submitter sends: the document's reference and title, and its typed fields. */
final class Submissions {

  static final int MAX_TEXT = 200;

  private Submissions() {}

  static String text(String field, String value) {
    if (value == null || value.isBlank()) {
      throw InvalidInputException.of(field, "approval.required");
    }
    if (value.strip().length() > MAX_TEXT) {
      throw InvalidInputException.of(field, "approval.tooLong", MAX_TEXT);
    }
    return value.strip();
  }

  static Map<String, Object> fields(ApprovalType type, Map<String, Object> given) {
    Map<String, Object> values = new LinkedHashMap<>();
    if (given == null) {
      return values;
    }
    for (Map.Entry<String, Object> e : given.entrySet()) {
      ApprovalType.Field field = type.field(e.getKey());
      if (field == null) {
        throw InvalidInputException.of(
            "fields." + e.getKey(), "approval.field.unknown", e.getKey());
      }
      if (e.getValue() != null) {
        if (!Conditions.fits(field.type(), e.getValue())) {
          throw InvalidInputException.of(
              "fields." + e.getKey(), "approval.field.badType", e.getKey(), field.type());
        }
        values.put(e.getKey(), e.getValue());
      }
    }
    return values;
  }
}
