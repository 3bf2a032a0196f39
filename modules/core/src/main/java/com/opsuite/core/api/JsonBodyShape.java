package com.opsuite.core.api;

import jakarta.json.JsonValue;
import jakarta.json.JsonValue.ValueType;
import java.io.InputStream;
import java.io.Reader;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether a request body's top-level JSON value can stand for the Java type the operation reads.
 * JSON-B is lenient here: it reads {@code [1,"fz"]} as {@code false} for a boolean body and a
 * string as an empty list, so a wrong-shaped body would be saved as a change nobody asked for (a
 * user deactivated, a user's roles cleared). Fields inside an object are left to JSON-B and the
 * operation's own validation.
 */
final class JsonBodyShape {

  /** Types an operation reads the body's text or bytes into, to parse itself: any JSON fits. */
  private static final List<Class<?>> RAW =
      List.of(CharSequence.class, InputStream.class, Reader.class, byte[].class);

  private JsonBodyShape() {}

  static boolean fits(JsonValue json, Class<?> type) {
    return allowed(type).contains(json.getValueType());
  }

  private static Set<ValueType> allowed(Class<?> type) {
    if (type == Object.class
        || JsonValue.class.isAssignableFrom(type)
        || RAW.stream().anyMatch(r -> r.isAssignableFrom(type))) {
      return EnumSet.allOf(ValueType.class);
    }
    Set<ValueType> shapes;
    if (type == boolean.class || type == Boolean.class) {
      shapes = EnumSet.of(ValueType.TRUE, ValueType.FALSE);
    } else if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != char.class)) {
      shapes = EnumSet.of(ValueType.NUMBER);
    } else if (type.isEnum() || type == char.class || type == Character.class) {
      shapes = EnumSet.of(ValueType.STRING);
    } else if (Iterable.class.isAssignableFrom(type) || type.isArray()) {
      shapes = EnumSet.of(ValueType.ARRAY);
    } else if (Map.class.isAssignableFrom(type) || !type.getName().startsWith("java.")) {
      shapes = EnumSet.of(ValueType.OBJECT);
    } else {
      // A JDK value such as a date or a UUID: JSON-B reads it from a string strictly enough.
      return EnumSet.allOf(ValueType.class);
    }
    if (!type.isPrimitive()) {
      // An operation reading an object checks for null itself (an absent body).
      shapes.add(ValueType.NULL);
    }
    return shapes;
  }
}
