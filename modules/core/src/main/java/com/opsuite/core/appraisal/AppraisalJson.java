package com.opsuite.core.appraisal;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.lang.reflect.Type;

/**
 * Template items, ratings and breakdowns are stored as JSON text: they are read and written whole.
 */
final class AppraisalJson {

  private static final Jsonb JSONB = JsonbBuilder.create();

  private AppraisalJson() {}

  static String write(Object value) {
    return JSONB.toJson(value);
  }

  static <T> T read(String json, Type type) {
    return JSONB.fromJson(json, type);
  }
}
