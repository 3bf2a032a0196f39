package com.opsuite.online.platform;

import com.opsuite.core.text.SpreadsheetCells;
import com.opsuite.online.platform.PlatformsResource.PlatformInfo;
import java.util.List;

/**
 * The platform list as CSV for spreadsheets: UTF-8 with a byte-order mark so Excel reads Chinese
 * names, fields quoted, and cells that a spreadsheet would run as a formula made plain text.
 */
final class PlatformCsv {

  private PlatformCsv() {}

  static String of(List<PlatformInfo> rows) {
    StringBuilder csv = new StringBuilder("\uFEFF");
    csv.append("id,kind,name,owner,url,active,publishers\r\n");
    for (PlatformInfo p : rows) {
      csv.append(p.id())
          .append(',')
          .append(cell(p.kind()))
          .append(',')
          .append(cell(p.name()))
          .append(',')
          .append(cell(p.ownerName()))
          .append(',')
          .append(cell(p.url()))
          .append(',')
          .append(p.active())
          .append(',')
          .append(cell(String.join("; ", p.publisherNames())))
          .append("\r\n");
    }
    return csv.toString();
  }

  static String cell(String value) {
    if (value == null) {
      return "";
    }
    String v = SpreadsheetCells.plain(value);
    return "\"" + v.replace("\"", "\"\"") + "\"";
  }
}
