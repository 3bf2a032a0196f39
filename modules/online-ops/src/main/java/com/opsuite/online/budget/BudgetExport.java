package com.opsuite.online.budget;

import com.opsuite.online.OnlineTexts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The year's tracking as an Excel sheet: one line per category and month with the budget, the
 * approved claims, the settled design costs, the spend and what is left; amounts as numbers.
 */
public final class BudgetExport {

  private BudgetExport() {}

  public static List<String> header(Locale locale) {
    List<String> header = new ArrayList<>();
    for (String key :
        List.of(
            "budget.col.category",
            "budget.col.month",
            "budget.col.budget",
            "budget.col.claims",
            "budget.col.design",
            "budget.col.spent",
            "budget.col.remaining",
            "budget.col.over")) {
      header.add(OnlineTexts.text(locale, key));
    }
    return header;
  }

  public static byte[] xlsx(Budgets.Tracking tracking, Locale locale) {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = book.createSheet(String.valueOf(tracking.year()));
      Row head = sheet.createRow(0);
      List<String> header = header(locale);
      for (int i = 0; i < header.size(); i++) {
        head.createCell(i).setCellValue(header.get(i));
      }
      int r = 1;
      for (Budgets.CategoryYear category : tracking.categories()) {
        String name = OnlineTexts.text(locale, "budget.category." + category.category().name());
        for (Budgets.Cell cell : category.months()) {
          Row row = sheet.createRow(r++);
          row.createCell(0).setCellValue(name);
          row.createCell(1)
              .setCellValue(tracking.year() + "-" + String.format("%02d", cell.month()));
          number(row, 2, cell.budget());
          number(row, 3, cell.claims());
          number(row, 4, cell.design());
          number(row, 5, cell.spent());
          number(row, 6, cell.remaining());
          row.createCell(7)
              .setCellValue(cell.over() ? OnlineTexts.text(locale, "budget.over") : "");
        }
      }
      for (int i = 0; i < header.size(); i++) {
        sheet.setColumnWidth(i, 16 * 256);
      }
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The same lines as CSV (UTF-8 with a byte-order mark, so spreadsheet programs read Chinese). */
  public static String csv(Budgets.Tracking tracking, Locale locale) {
    StringBuilder out = new StringBuilder("\uFEFF");
    try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
      printer.printRecord(header(locale));
      for (Budgets.CategoryYear category : tracking.categories()) {
        String name = OnlineTexts.text(locale, "budget.category." + category.category().name());
        for (Budgets.Cell cell : category.months()) {
          printer.printRecord(
              name,
              tracking.year() + "-" + String.format("%02d", cell.month()),
              cell.budget().toPlainString(),
              cell.claims().toPlainString(),
              cell.design().toPlainString(),
              cell.spent().toPlainString(),
              cell.remaining().toPlainString(),
              cell.over() ? OnlineTexts.text(locale, "budget.over") : "");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void number(Row row, int column, BigDecimal value) {
    row.createCell(column).setCellValue(value.doubleValue());
  }
}
