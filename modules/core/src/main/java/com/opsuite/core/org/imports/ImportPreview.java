package com.opsuite.core.org.imports;

import java.util.List;

/** Every row of an import with its problems; it may be saved only when no row has any. */
public record ImportPreview(List<CheckedRow> rows) {

  public ImportPreview {
    rows = List.copyOf(rows);
  }

  public boolean valid() {
    return rows.stream().allMatch(CheckedRow::valid);
  }

  public long rowsWithProblems() {
    return rows.stream().filter(r -> !r.valid()).count();
  }
}
