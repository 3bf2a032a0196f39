package com.opsuite.core.org.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxSheetTest {

  @Test
  void readsTheFirstSheetWithChineseHeadingsNumbersAndDates() throws IOException {
    byte[] file;
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      Sheet sheet = book.createSheet("员工");
      CellStyle chineseDate = book.createCellStyle();
      chineseDate.setDataFormat(book.createDataFormat().getFormat("yyyy/m/d"));
      row(sheet, 0, "姓名", "工号", "邮箱", "电话", "岗位", "入职日期");
      Row wang = row(sheet, 1, "王芳");
      wang.createCell(1).setCellValue(1001);
      wang.createCell(3).setCellValue(13800138000d);
      wang.createCell(4).setCellValue("销售部/经理");
      wang.createCell(5).setCellValue(LocalDate.of(2026, 3, 1));
      wang.getCell(5).setCellStyle(chineseDate);
      // Row 3 left empty, as people leave them; then a sparse row.
      Row li = sheet.createRow(3);
      li.createCell(0).setCellValue("李娜");
      li.createCell(2).setCellValue("li@example.com");
      book.createSheet("说明").createRow(0).createCell(0).setCellValue("not read");
      file = bytes(book);
    }

    StaffSheet sheet = StaffFile.read(file, "员工.xlsx", null);

    assertEquals(
        List.of(
            new StaffRow(2, "王芳", "1001", "", "13800138000", "销售部/经理", "2026-03-01"),
            new StaffRow(4, "李娜", "", "li@example.com", "", "", "")),
        sheet.rows());
  }

  @Test
  void anXlsxIsRecognisedByItsMediaTypeOrContentWithoutAName() throws IOException {
    byte[] file;
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      Sheet sheet = book.createSheet();
      row(sheet, 0, "name");
      row(sheet, 1, "Wang Fang");
      file = bytes(book);
    }
    assertEquals(1, StaffFile.read(file, null, SheetFormat.XLSX_TYPE).rows().size());
    assertEquals(1, StaffFile.read(file, null, "application/octet-stream").rows().size());
  }

  @Test
  void refusesMoreThanTheRowLimitWithoutReadingOn() throws IOException {
    byte[] file;
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      Sheet sheet = book.createSheet();
      row(sheet, 0, "姓名");
      for (int i = 1; i <= ImportLimits.MAX_ROWS + 1; i++) {
        row(sheet, i, "P" + i);
      }
      file = bytes(book);
    }
    ImportFileRefused e =
        assertThrows(ImportFileRefused.class, () -> StaffFile.read(file, "staff.xlsx", null));
    assertEquals("org.import.tooManyRows", e.violation().messageKey());
  }

  @Test
  void aDamagedWorkbookIsUnreadable() {
    byte[] zipHeaderOnly = {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8};
    ImportFileRefused e =
        assertThrows(
            ImportFileRefused.class, () -> StaffFile.read(zipHeaderOnly, "staff.xlsx", null));
    assertEquals("org.import.unreadable", e.violation().messageKey());
  }

  private static Row row(Sheet sheet, int index, String... values) {
    Row row = sheet.createRow(index);
    for (int i = 0; i < values.length; i++) {
      row.createCell(i).setCellValue(values[i]);
    }
    return row;
  }

  private static byte[] bytes(XSSFWorkbook book) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    book.write(out);
    return out.toByteArray();
  }
}
