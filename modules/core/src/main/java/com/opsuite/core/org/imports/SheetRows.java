package com.opsuite.core.org.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the non-blank rows a reader finds, and stops the reading once there are more than a
 * heading row and {@link ImportLimits#MAX_ROWS} rows: a file over the limit is refused without
 * being read to its end.
 */
final class SheetRows {

  private final List<SheetRow> rows = new ArrayList<>();

  void add(int number, List<String> cells) {
    SheetRow row = new SheetRow(number, List.copyOf(cells));
    if (row.blank()) {
      return;
    }
    if (rows.size() > ImportLimits.MAX_ROWS) {
      throw ImportFileRefused.content(
          "org.import.tooManyRows", String.valueOf(ImportLimits.MAX_ROWS));
    }
    rows.add(row);
  }

  List<SheetRow> rows() {
    return rows;
  }
}
