package com.opsuite.online.campaign;

import com.opsuite.core.text.SpreadsheetCells;
import com.opsuite.online.OnlineTexts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The campaign list as a spreadsheet: plan and outcome side by side (cost estimate against actual
 * cost, expected against actual revenue, expected ROI against ROI), headed in the reader's
 * language. Amounts are numbers in the workbook, so people can sum and compare them.
 */
final class CampaignExport {

  static final String CSV = "text/csv; charset=UTF-8";
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private static final List<String> COLUMNS =
      List.of(
          "id",
          "theme",
          "status",
          "owner",
          "startsOn",
          "endsOn",
          "goalMetric",
          "goalTarget",
          "goalActual",
          "goalMet",
          "costEstimate",
          "actualCost",
          "expectedRevenue",
          "actualRevenue",
          "expectedRoi",
          "roi");

  private CampaignExport() {}

  static List<String> headers(Locale locale) {
    return COLUMNS.stream().map(c -> OnlineTexts.text(locale, "campaign.column." + c)).toList();
  }

  static List<Object> row(Campaign c, Map<Long, String> names, Locale locale) {
    List<Object> row = new ArrayList<>();
    row.add(c.getId());
    row.add(c.getTheme());
    row.add(OnlineTexts.text(locale, "campaign.status." + c.getStatus().name()));
    row.add(names.getOrDefault(c.getOwnerId(), ""));
    row.add(c.getStartsOn().toString());
    row.add(c.getEndsOn().toString());
    row.add(c.getGoalMetric());
    row.add(c.getGoalTarget());
    row.add(c.getGoalActual());
    row.add(
        c.getGoalMet() == null
            ? null
            : OnlineTexts.text(
                locale, c.getGoalMet() ? "campaign.goal.met" : "campaign.goal.missed"));
    row.add(c.getCostEstimate());
    row.add(c.getActualCost());
    row.add(c.getExpectedRevenue());
    row.add(c.getActualRevenue());
    row.add(c.getExpectedRoi());
    row.add(c.getRoi());
    return row;
  }

  static byte[] csv(List<Campaign> rows, Map<Long, String> names, Locale locale) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    // A byte-order mark, so spreadsheet programs read the Chinese texts as UTF-8.
    bytes.write(0xEF);
    bytes.write(0xBB);
    bytes.write(0xBF);
    try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
      csv.printRecord(headers(locale));
      for (Campaign c : rows) {
        csv.printRecord(
            row(c, names, locale).stream()
                .map(
                    v ->
                        v instanceof BigDecimal d
                            ? d.toPlainString()
                            : v instanceof String s ? SpreadsheetCells.plain(s) : v)
                .toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static byte[] xlsx(List<Campaign> rows, Map<Long, String> names, Locale locale) {
    try (SXSSFWorkbook book = new SXSSFWorkbook(100)) {
      Sheet sheet = book.createSheet(OnlineTexts.text(locale, "menu.campaigns"));
      write(sheet.createRow(0), new ArrayList<>(headers(locale)));
      int r = 1;
      for (Campaign c : rows) {
        write(sheet.createRow(r++), row(c, names, locale));
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      book.write(out);
      book.dispose();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Row row, List<?> values) {
    for (int i = 0; i < values.size(); i++) {
      Object v = values.get(i);
      if (v instanceof Number n) {
        row.createCell(i).setCellValue(n.doubleValue());
      } else if (v != null) {
        row.createCell(i).setCellValue(v.toString());
      }
    }
  }
}
