package com.opsuite.web.orgimport;

import com.opsuite.core.org.imports.StaffRow;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A row of the preview table: what the file says and, per column ({@code name}, {@code email},
 * ...), the localized problems, which the page shows in the cell at fault. A class with getters,
 * since pages cannot read record components.
 */
public final class PreviewRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final StaffRow row;
  private final Map<String, List<String>> problems;

  PreviewRow(StaffRow row, Map<String, List<String>> problems) {
    this.row = row;
    this.problems = Map.copyOf(problems);
  }

  public boolean isValid() {
    return problems.isEmpty();
  }

  /** Whether the column has a problem. */
  public boolean bad(String field) {
    return problems.containsKey(field);
  }

  /** The column's problems as one text, empty when there are none. */
  public String problem(String field) {
    return String.join(" ", problems.getOrDefault(field, List.of()));
  }

  /** The cell of a column, by its field name. */
  public String value(String field) {
    return switch (field) {
      case "name" -> row.name();
      case "employeeNo" -> row.employeeNo();
      case "email" -> row.email();
      case "phone" -> row.phone();
      case "position" -> row.position();
      case "startDate" -> row.startDate();
      default -> "";
    };
  }

  public int getNumber() {
    return row.row();
  }
}
