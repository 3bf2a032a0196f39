package com.opsuite.core.org.imports;

import com.opsuite.core.validation.InvalidInputException.Violation;
import java.time.LocalDate;
import java.util.List;

/**
 * A row with what the checks made of it: the position and start date it resolved to (null when it
 * names none or has a problem there), and every problem, in column order.
 */
public record CheckedRow(
    StaffRow row, Long positionId, LocalDate startsOn, List<Violation> problems) {

  public CheckedRow {
    problems = List.copyOf(problems);
  }

  public boolean valid() {
    return problems.isEmpty();
  }
}
