package com.opsuite.core.approval;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides whether a step's conditions hold for a document's fields, and what is wrong with a
 * condition a tenant wrote. Pure logic: comparisons of typed values, nothing evaluated.
 */
public final class Conditions {

  static final Set<String> OPERATORS = Set.of("=", "!=", ">", ">=", "<", "<=");
  private static final Set<String> EQUALITY = Set.of("=", "!=");

  private Conditions() {}

  /** All conditions hold (an empty list always does); a missing field makes its test false. */
  public static boolean allHold(
      ApprovalType type, List<Condition> conditions, Map<String, Object> fields) {
    for (Condition c : conditions) {
      ApprovalType.Field field = type.field(c.field());
      if (field == null || !holds(c, field.type(), fields.get(c.field()))) {
        return false;
      }
    }
    return true;
  }

  static boolean holds(Condition c, FieldType type, Object actual) {
    if (actual == null) {
      return false;
    }
    int comparison =
        switch (type) {
          case NUMBER -> number(actual).compareTo(new BigDecimal(c.value().strip()));
          case BOOLEAN -> Boolean.compare(bool(actual), Boolean.parseBoolean(c.value().strip()));
          case TEXT -> actual.toString().compareTo(c.value());
        };
    return switch (c.operator()) {
      case "=" -> comparison == 0;
      case "!=" -> comparison != 0;
      case ">" -> comparison > 0;
      case ">=" -> comparison >= 0;
      case "<" -> comparison < 0;
      case "<=" -> comparison <= 0;
      default -> false;
    };
  }

  /** The message key of what is wrong with the condition, or null when it is sound. */
  public static String problem(ApprovalType type, Condition c) {
    if (c == null || c.field() == null || type.field(c.field()) == null) {
      return "approval.chain.unknownField";
    }
    if (c.operator() == null || !OPERATORS.contains(c.operator())) {
      return "approval.chain.unknownOperator";
    }
    FieldType fieldType = type.field(c.field()).type();
    if (fieldType != FieldType.NUMBER && !EQUALITY.contains(c.operator())) {
      return "approval.chain.operatorNeedsNumber";
    }
    if (c.value() == null) {
      return "approval.chain.badValue";
    }
    return switch (fieldType) {
      case NUMBER -> isNumber(c.value()) ? null : "approval.chain.badValue";
      case BOOLEAN -> c.value().strip().matches("true|false") ? null : "approval.chain.badValue";
      case TEXT -> c.value().length() <= 200 ? null : "approval.chain.badValue";
    };
  }

  /** Whether a value given for a field has the field's type. */
  public static boolean fits(FieldType type, Object value) {
    return switch (type) {
      case NUMBER -> value instanceof Number;
      case BOOLEAN -> value instanceof Boolean;
      case TEXT -> value instanceof String s && s.length() <= 2000;
    };
  }

  private static boolean isNumber(String text) {
    try {
      new BigDecimal(text.strip());
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static BigDecimal number(Object value) {
    return value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
  }

  private static boolean bool(Object value) {
    return value instanceof Boolean b ? b : Boolean.parseBoolean(value.toString());
  }
}
