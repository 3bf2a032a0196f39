package com.opsuite.core.org.imports;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Turns an uploaded CSV or Excel file into staff rows: the first non-blank row names the columns,
 * every later non-blank row is a staff member. Refuses, as a whole, what is not such a file.
 */
public final class StaffFile {

  private StaffFile() {}

  /** Reads the upload, refusing it as soon as it passes {@link ImportLimits#MAX_BYTES}. */
  public static byte[] readAtMostLimit(InputStream in) throws IOException {
    byte[] content = in.readNBytes(ImportLimits.MAX_BYTES + 1);
    if (content.length > ImportLimits.MAX_BYTES) {
      throw ImportFileRefused.tooLarge();
    }
    return content;
  }

  /**
   * The staff rows of a file; {@code fileName} and {@code contentType} may be null when unknown.
   */
  public static StaffSheet read(byte[] content, String fileName, String contentType) {
    if (content.length > ImportLimits.MAX_BYTES) {
      throw ImportFileRefused.tooLarge();
    }
    if (content.length == 0) {
      throw ImportFileRefused.content("org.import.empty");
    }
    SheetFormat format = SheetFormat.of(fileName, contentType, content);
    List<SheetRow> rows =
        format == SheetFormat.XLSX ? XlsxSheet.read(content) : CsvSheet.read(content);
    if (rows.isEmpty()) {
      throw ImportFileRefused.content("org.import.empty");
    }
    return staff(rows);
  }

  static StaffSheet staff(List<SheetRow> rows) {
    SheetRow heading = rows.get(0);
    Map<StaffColumn, Integer> columns = new EnumMap<>(StaffColumn.class);
    List<String> ignored = new ArrayList<>();
    for (int i = 0; i < heading.cells().size(); i++) {
      String text = heading.cell(i).strip();
      if (text.isEmpty()) {
        continue;
      }
      int index = i;
      StaffColumn.of(text)
          .ifPresentOrElse(
              column -> {
                if (columns.putIfAbsent(column, index) != null) {
                  throw ImportFileRefused.content("org.import.columnTwice", text);
                }
              },
              () -> ignored.add(text));
    }
    if (!columns.containsKey(StaffColumn.NAME)) {
      throw ImportFileRefused.content("org.import.nameColumnMissing");
    }
    if (rows.size() == 1) {
      throw ImportFileRefused.content("org.import.noRows");
    }
    List<StaffRow> staff = new ArrayList<>(rows.size() - 1);
    for (SheetRow row : rows.subList(1, rows.size())) {
      staff.add(
          new StaffRow(
              row.number(),
              value(row, columns.get(StaffColumn.NAME)),
              value(row, columns.get(StaffColumn.EMPLOYEE_NO)),
              value(row, columns.get(StaffColumn.EMAIL)),
              value(row, columns.get(StaffColumn.PHONE)),
              value(row, columns.get(StaffColumn.POSITION)),
              value(row, columns.get(StaffColumn.START_DATE))));
    }
    return new StaffSheet(staff, ignored);
  }

  private static String value(SheetRow row, Integer column) {
    return column == null ? "" : row.cell(column).strip();
  }
}
