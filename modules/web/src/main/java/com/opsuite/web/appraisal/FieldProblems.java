package com.opsuite.web.appraisal;

import com.opsuite.core.validation.InvalidInputException.Violation;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What the last save refused, by the field the service named: a field such as {@code indicators}
 * can break several rules at once, and each is shown beside it, not only the first.
 */
public class FieldProblems implements Serializable {

  private static final long serialVersionUID = 1L;

  private final Map<String, List<String>> byField = new LinkedHashMap<>();

  void attach(List<Violation> violations, Function<Violation, String> text) {
    byField.clear();
    violations.forEach(
        v -> byField.computeIfAbsent(v.field(), f -> new ArrayList<>()).add(text.apply(v)));
  }

  void clear() {
    byField.clear();
  }

  /** The texts refused for the field, none when it is fine. */
  public List<String> of(String field) {
    return byField.getOrDefault(field, List.of());
  }
}
