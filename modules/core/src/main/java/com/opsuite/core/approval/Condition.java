package com.opsuite.core.approval;

/**
 * One test on a document field, e.g. {@code amount > 5000}. Structured rather than an expression,
 * so no user text is ever evaluated: the operator is one of {@code = != > >= < <=}.
 */
public record Condition(String field, String operator, String value) {

  public static Condition of(String field, String operator, Object value) {
    return new Condition(field, operator, String.valueOf(value));
  }
}
