package com.opsuite.core.approval;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Chain definitions and document fields as stored JSON text: a chain version is read whole and
 * never queried by its parts, so a text column is enough.
 */
final class ApprovalJson {

  private static final Jsonb JSONB = JsonbBuilder.create();

  private ApprovalJson() {}

  static String chain(ChainDefinition chain) {
    return JSONB.toJson(chain);
  }

  static ChainDefinition chain(String json) {
    return JSONB.fromJson(json, ChainDefinition.class);
  }

  static String fields(Map<String, Object> fields) {
    return JSONB.toJson(fields);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> fields(String json) {
    Map<String, Object> read = JSONB.fromJson(json, LinkedHashMap.class);
    return read == null ? Map.of() : read;
  }
}
