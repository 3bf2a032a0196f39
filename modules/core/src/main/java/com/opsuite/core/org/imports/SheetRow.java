package com.opsuite.core.org.imports;

import java.util.List;

/** One row of a spreadsheet or CSV file: its number as the user sees it (1 = first) and cells. */
record SheetRow(int number, List<String> cells) {

  String cell(int column) {
    return column < cells.size() ? cells.get(column) : "";
  }

  boolean blank() {
    return cells.stream().allMatch(String::isBlank);
  }
}
