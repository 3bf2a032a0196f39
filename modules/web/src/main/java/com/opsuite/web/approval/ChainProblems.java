package com.opsuite.web.approval;

import com.opsuite.core.validation.InvalidInputException.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts what the chain validator refused beside the inputs it concerns: its field paths ({@code
 * steps[2].quorum}, {@code steps[0].conditions[1]}) name a step, and maybe an input or condition of
 * it. Codes in the texts are replaced by the names the admin chose them by.
 */
final class ChainProblems {

  private static final Pattern AT =
      Pattern.compile("steps\\[(\\d+)](?:\\.([A-Za-z]+)(?:\\[(\\d+)])?)?");

  /** The inputs a step shows a problem beside; any other goes at the top of the step. */
  private static final Set<String> INPUTS =
      Set.of("label", "kind", "quorum", "route", "positionId", "roleCode", "deadlineHours");

  private ChainProblems() {}

  /**
   * Attaches each problem to its step, input or condition, after clearing the last save's; returns
   * the texts of problems of the chain as a whole.
   */
  static List<String> attach(
      List<Violation> violations, List<StepForm> steps, Function<Violation, String> text) {
    steps.forEach(StepForm::clearProblems);
    List<String> chain = new ArrayList<>();
    for (Violation v : violations) {
      String words = text.apply(v);
      Matcher at = AT.matcher(v.field());
      int index = at.matches() ? Integer.parseInt(at.group(1)) : -1;
      if (index < 0 || index >= steps.size()) {
        chain.add(words);
        continue;
      }
      StepForm step = steps.get(index);
      String input = at.group(2);
      if ("conditions".equals(input) && at.group(3) != null) {
        int c = Integer.parseInt(at.group(3));
        if (c < step.getConditions().size()) {
          step.getConditions().get(c).setProblem(words);
          continue;
        }
      }
      step.addProblem(input != null && INPUTS.contains(input) ? input : "", words);
    }
    return chain;
  }

  /**
   * The violation's arguments as people read them: the validator names a role by its code and a
   * condition's field by its name, where the page offered their localized names.
   */
  static Object[] readable(
      Violation v, Map<String, String> roleNames, Map<String, String> fieldNames) {
    Object[] args = v.args().clone();
    if (args.length > 1) {
      if (v.messageKey().equals("approval.chain.roleEmpty")) {
        args[1] = roleNames.getOrDefault(String.valueOf(args[1]), String.valueOf(args[1]));
      } else if (v.field().contains(".conditions[")) {
        args[1] = fieldNames.getOrDefault(String.valueOf(args[1]), String.valueOf(args[1]));
      }
    }
    return args;
  }
}
