package com.opsuite.core.org.imports;

import java.io.Serializable;
import java.util.List;

/** What a file holds: its staff rows, and the headings of columns the import does not read. */
public record StaffSheet(List<StaffRow> rows, List<String> ignoredColumns) implements Serializable {

  public StaffSheet {
    rows = List.copyOf(rows);
    ignoredColumns = List.copyOf(ignoredColumns);
  }
}
