package com.opsuite.online.meeting;

import com.opsuite.online.data.DataTexts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A meeting pack as an Excel workbook: one sheet of figures (a row per platform and figure, with
 * numbers as numbers so the reader can calculate on them) and, for a monthly pack, one of actions.
 */
public final class PackWorkbook {

  public static final String MEDIA_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private PackWorkbook() {}

  public static byte[] write(MeetingPack pack, Locale locale) {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle percent = book.createCellStyle();
      percent.setDataFormat(book.createDataFormat().getFormat("0.00"));
      Sheet sheet = book.createSheet(t(locale, "meeting.sheet.figures"));
      int r = 0;
      sheet.createRow(r++).createCell(0).setCellValue(PackText.title(pack, locale));
      header(
          sheet.createRow(r++),
          locale,
          "meeting.platform",
          "meeting.figure",
          "meeting.current",
          "meeting.previous",
          "meeting.change",
          "meeting.percent");
      for (MeetingPack.PlatformFigures p : pack.platforms()) {
        for (Comparison c : p.figures()) {
          row(
              sheet.createRow(r++),
              p.name(),
              PackText.figure(c.figure(), locale),
              c,
              locale,
              percent);
        }
        row(
            sheet.createRow(r++),
            p.name(),
            t(locale, "meeting.published"),
            p.published(),
            locale,
            percent);
      }
      String all = t(locale, "meeting.totals");
      for (Comparison c : pack.totals()) {
        row(sheet.createRow(r++), all, PackText.figure(c.figure(), locale), c, locale, percent);
      }
      row(
          sheet.createRow(r++),
          all,
          t(locale, "meeting.published"),
          pack.publishedTotal(),
          locale,
          percent);
      for (int c = 0; c < 6; c++) {
        sheet.setColumnWidth(c, c < 2 ? 24 * 256 : 14 * 256);
      }
      if (pack.kind() == MeetingPack.Kind.MONTHLY) {
        Sheet actions = book.createSheet(t(locale, "meeting.sheet.actions"));
        int a = 0;
        header(
            actions.createRow(a++),
            locale,
            "meeting.action.month",
            "meeting.action.text",
            "meeting.action.owner",
            "meeting.action.due",
            "meeting.action.status");
        for (List<MeetingPack.ActionRow> list : List.of(pack.previousActions(), pack.actions())) {
          for (MeetingPack.ActionRow action : list) {
            Row row = actions.createRow(a++);
            row.createCell(0).setCellValue(action.meetingMonth());
            row.createCell(1).setCellValue(action.text());
            row.createCell(2).setCellValue(action.ownerName() == null ? "" : action.ownerName());
            row.createCell(3).setCellValue(action.dueOn() == null ? "" : action.dueOn().toString());
            row.createCell(4).setCellValue(t(locale, "meeting.action.status." + action.status()));
          }
        }
        actions.setColumnWidth(1, 60 * 256);
      }
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void header(Row row, Locale locale, String... keys) {
    for (int i = 0; i < keys.length; i++) {
      row.createCell(i).setCellValue(t(locale, keys[i]));
    }
  }

  private static void row(
      Row row, String platform, String figure, Comparison c, Locale locale, CellStyle percent) {
    row.createCell(0).setCellValue(platform);
    row.createCell(1).setCellValue(figure);
    number(row, 2, c.current());
    number(row, 3, c.previous());
    number(row, 4, c.change());
    if (c.percent() != null) {
      row.createCell(5).setCellValue(c.percent().doubleValue());
      row.getCell(5).setCellStyle(percent);
    } else {
      row.createCell(5).setCellValue(PackText.percent(c, locale));
    }
  }

  private static void number(Row row, int column, Long value) {
    if (value != null) {
      row.createCell(column).setCellValue(value);
    }
  }

  private static String t(Locale locale, String key) {
    return DataTexts.text(locale, key);
  }
}
