package com.opsuite.core.kpi;

import com.opsuite.core.i18n.LocalizedName;
import com.opsuite.core.validation.InvalidInputException.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** What an indicator must be to be saved; every problem at once, each naming its field. */
final class IndicatorRules {

  static final Pattern CODE = Pattern.compile("[a-z][a-z0-9]*([-_][a-z0-9]+)*");
  static final int CODE_LENGTH = 60;
  static final int NAME_LENGTH = 200;

  private IndicatorRules() {}

  /**
   * @param draft as submitted
   * @param isNew whether it is being created (its code is then checked; it never changes after)
   * @param measureExists whether the tenant has a measure of that code
   * @param others the tenant's other indicators by code
   */
  static List<Violation> problems(
      IndicatorDraft draft,
      boolean isNew,
      Predicate<String> measureExists,
      Map<String, Indicator> others) {
    List<Violation> problems = new ArrayList<>();
    String code = draft.code() == null ? "" : draft.code().strip();
    if (isNew) {
      if (code.isEmpty()) {
        problems.add(new Violation("code", "kpi.indicator.code.required"));
      } else if (code.length() > CODE_LENGTH || !CODE.matcher(code).matches()) {
        problems.add(new Violation("code", "kpi.indicator.code.invalid", CODE_LENGTH));
      } else if (others.containsKey(code)) {
        problems.add(new Violation("code", "kpi.indicator.code.taken", code));
      }
    }
    name(problems, "nameZh", draft.nameZh());
    name(problems, "nameEn", draft.nameEn());
    required(problems, "unit", draft.unit());
    required(problems, "direction", draft.direction());
    required(problems, "periodKind", draft.periodKind());
    required(problems, "source", draft.source());
    boolean hasFormula = draft.formula() != null && !draft.formula().isBlank();
    if (draft.source() == IndicatorSource.MANUAL && hasFormula) {
      problems.add(new Violation("formula", "kpi.indicator.formula.manual"));
    }
    if (draft.source() == IndicatorSource.FORMULA) {
      LocalizedName name =
          new LocalizedName(
              draft.nameZh() == null ? code : draft.nameZh().strip(),
              draft.nameEn() == null ? code : draft.nameEn().strip());
      problems.addAll(FormulaCheck.problems(code, name, draft.formula(), measureExists, others));
    }
    return problems;
  }

  private static void name(List<Violation> problems, String field, String value) {
    if (value == null || value.isBlank()) {
      problems.add(new Violation(field, "kpi.indicator.name.required"));
    } else if (value.strip().length() > NAME_LENGTH) {
      problems.add(new Violation(field, "kpi.tooLong", NAME_LENGTH));
    }
  }

  private static void required(List<Violation> problems, String field, Object value) {
    if (value == null) {
      problems.add(new Violation(field, "kpi.required"));
    }
  }
}
