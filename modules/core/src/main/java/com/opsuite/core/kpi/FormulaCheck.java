package com.opsuite.core.kpi;

import com.opsuite.core.i18n.Localizable;
import com.opsuite.core.i18n.LocalizedName;
import com.opsuite.core.kpi.formula.Formula;
import com.opsuite.core.kpi.formula.FormulaException;
import com.opsuite.core.kpi.formula.Reference;
import com.opsuite.core.validation.InvalidInputException.Violation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Checks an indicator's formula against the tenant's measures and indicators before it is saved: it
 * must parse, name only measures the tenant has and indicators that exist, and close no loop
 * through other indicators' formulas. Every problem is a violation of the field {@code formula}
 * whose message says what and at which column; loops are spelled out by the indicators' names.
 */
final class FormulaCheck {

  static final String FIELD = "formula";

  private FormulaCheck() {}

  /**
   * @param code the indicator's code
   * @param name the indicator's name
   * @param text the formula
   * @param measureExists whether the tenant has a measure of that code
   * @param others the tenant's other indicators by code, with their formulas (null when manual)
   */
  static List<Violation> problems(
      String code,
      LocalizedName name,
      String text,
      Predicate<String> measureExists,
      Map<String, Indicator> others) {
    Formula formula;
    try {
      formula = Formula.parse(text);
    } catch (FormulaException e) {
      return List.of(new Violation(FIELD, e.messageKey(), e.arguments()));
    }
    List<Violation> problems = new ArrayList<>();
    for (Reference r : formula.distinctReferences().values()) {
      String column = String.valueOf(r.column());
      if (r.kind() == Reference.Kind.MEASURE && !measureExists.test(r.code())) {
        problems.add(new Violation(FIELD, "kpi.formula.unknownMeasure", column, r.code()));
      } else if (r.kind() == Reference.Kind.INDICATOR && r.code().equals(code)) {
        problems.add(new Violation(FIELD, "kpi.formula.self", column, name));
      } else if (r.kind() == Reference.Kind.INDICATOR && !others.containsKey(r.code())) {
        problems.add(new Violation(FIELD, "kpi.formula.unknownIndicator", column, r.code()));
      } else if (r.kind() == Reference.Kind.INDICATOR) {
        List<String> loop = pathBack(r.code(), code, others, new HashSet<>());
        if (loop != null) {
          List<LocalizedName> names = new ArrayList<>(List.of(name));
          loop.forEach(c -> names.add(others.get(c).name()));
          names.add(name);
          problems.add(new Violation(FIELD, "kpi.formula.cycle", column, path(names)));
        }
      }
    }
    return problems;
  }

  /** The indicators from {@code from} whose formulas lead back to {@code target}, or null. */
  private static List<String> pathBack(
      String from, String target, Map<String, Indicator> others, Set<String> visited) {
    if (!visited.add(from)) {
      return null;
    }
    Indicator indicator = others.get(from);
    if (indicator == null || indicator.getFormula() == null) {
      return null;
    }
    List<Reference> refs;
    try {
      refs = Formula.parse(indicator.getFormula()).references();
    } catch (FormulaException e) {
      return null;
    }
    for (Reference r : refs) {
      if (r.kind() != Reference.Kind.INDICATOR) {
        continue;
      }
      if (r.code().equals(target)) {
        return new ArrayList<>(List.of(from));
      }
      List<String> rest = pathBack(r.code(), target, others, visited);
      if (rest != null) {
        rest.add(0, from);
        return rest;
      }
    }
    return null;
  }

  /** "A → B → A" in the reader's language. */
  private static Localizable path(List<LocalizedName> names) {
    return locale -> names.stream().map(n -> n.in(locale)).collect(Collectors.joining(" → "));
  }
}
