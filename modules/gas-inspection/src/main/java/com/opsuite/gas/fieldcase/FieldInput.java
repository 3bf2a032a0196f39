package com.opsuite.gas.fieldcase;

import com.opsuite.gas.problem.GasRefusedException;

/**
 * Checks of the texts field cases are written with: required where it matters, and not too long.
 */
final class FieldInput {

  private FieldInput() {}

  static String required(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      throw GasRefusedException.invalid(field, "field.required");
    }
    return optional(field, value, max);
  }

  static String optional(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (value.strip().length() > max) {
      throw GasRefusedException.invalid(field, "field.tooLong", max);
    }
    return value.strip();
  }
}
