package com.opsuite.core.org.imports;

import com.opsuite.core.text.TextDecoding;
import java.util.Locale;
import java.util.Set;

/** The two kinds of file an import reads, told apart by name, media type and first bytes. */
public enum SheetFormat {
  CSV,
  XLSX;

  public static final String CSV_TYPE = "text/csv";
  public static final String XLSX_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private static final Set<String> CSV_TYPES =
      Set.of(CSV_TYPE, "application/csv", "text/comma-separated-values", "text/plain");
  private static final byte[] ZIP = {'P', 'K', 3, 4};
  // Excel 97-2003 (.xls) and other OLE2 files: common under a wrong name, never readable here.
  private static final byte[] OLE2 = {
    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
  };

  /**
   * The format of an upload: by the file name's extension when there is a name (browsers send vague
   * media types for CSV, e.g. application/vnd.ms-excel on Windows), else by media type, else by
   * content (a zip is an xlsx); refused when the content contradicts the format.
   */
  static SheetFormat of(String fileName, String contentType, byte[] content) {
    SheetFormat format = byName(fileName);
    if (format == null) {
      format = byType(contentType, content);
    }
    boolean zip = TextDecoding.startsWith(content, ZIP);
    if (format == XLSX ? !zip : zip || TextDecoding.startsWith(content, OLE2)) {
      throw ImportFileRefused.wrongType();
    }
    return format;
  }

  private static SheetFormat byName(String fileName) {
    if (fileName == null || fileName.isBlank()) {
      return null;
    }
    String name = fileName.strip().toLowerCase(Locale.ROOT);
    if (name.endsWith(".csv")) {
      return CSV;
    }
    if (name.endsWith(".xlsx")) {
      return XLSX;
    }
    throw ImportFileRefused.wrongType();
  }

  private static SheetFormat byType(String contentType, byte[] content) {
    String type =
        contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    if (CSV_TYPES.contains(type)) {
      return CSV;
    }
    if (XLSX_TYPE.equals(type)) {
      return XLSX;
    }
    if (type.equals("application/octet-stream") || type.isEmpty()) {
      return TextDecoding.startsWith(content, ZIP) ? XLSX : CSV;
    }
    throw ImportFileRefused.wrongType();
  }
}
