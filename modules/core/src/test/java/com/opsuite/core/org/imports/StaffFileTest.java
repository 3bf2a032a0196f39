package com.opsuite.core.org.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class StaffFileTest {

  private static final Charset GB18030 = Charset.forName("GB18030");

  @Test
  void readsUtf8WithAByteOrderMarkAndEnglishHeadings() {
    StaffSheet sheet =
        csv(
            "\uFEFFname,employee no,email,phone,position,start date\r\n"
                + "Wang Fang,E001,wang@example.com,13800138000,Sales/Manager,2026-03-01\r\n",
            StandardCharsets.UTF_8);

    assertEquals(
        List.of(
            new StaffRow(
                2,
                "Wang Fang",
                "E001",
                "wang@example.com",
                "13800138000",
                "Sales/Manager",
                "2026-03-01")),
        sheet.rows());
    assertEquals(List.of(), sheet.ignoredColumns());
  }

  @Test
  void readsChineseHeadingsInUtf8WithoutAByteOrderMark() {
    StaffSheet sheet =
        csv("姓名,工号,邮箱,电话,岗位,入职日期\n王芳,E001,,,销售部/经理,2026-03-01\n", StandardCharsets.UTF_8);

    assertEquals(
        new StaffRow(2, "王芳", "E001", "", "", "销售部/经理", "2026-03-01"), sheet.rows().get(0));
  }

  @Test
  void readsGb18030AsChineseExcelSavesCsv() {
    StaffSheet sheet = csv("姓名,岗位\r\n张伟,客服专员\r\n李娜,客服主管\r\n", GB18030);

    assertEquals(
        List.of("张伟/客服专员", "李娜/客服主管"),
        sheet.rows().stream().map(r -> r.name() + "/" + r.position()).toList());
  }

  @Test
  void quotedFieldsKeepTheirCommasQuotesAndLineBreaks() {
    StaffSheet sheet =
        csv(
            "name,position,email\r\n"
                + "\"Li, Na\",\"Ops \"\"A\"\" team/Lead\",li@example.com\r\n"
                + "\"Two\nLines\",,\r\n"
                + "Zhao,,zhao@example.com\r\n",
            StandardCharsets.UTF_8);

    assertEquals("Li, Na", sheet.rows().get(0).name());
    assertEquals("Ops \"A\" team/Lead", sheet.rows().get(0).position());
    assertEquals("Two\nLines", sheet.rows().get(1).name());
    // Rows are records, as Excel shows them, not lines of text.
    assertEquals(List.of(2, 3, 4), sheet.rows().stream().map(StaffRow::row).toList());
  }

  @Test
  void skipsBlankRowsButKeepsTheirNumbers() {
    StaffSheet sheet = csv("\n姓名\n\n王芳\n,\n李娜\n", StandardCharsets.UTF_8);

    assertEquals(
        List.of("4 王芳", "6 李娜"), sheet.rows().stream().map(r -> r.row() + " " + r.name()).toList());
  }

  @Test
  void headingsAreMatchedWithoutCaseSpacesOrNotes() {
    StaffSheet sheet =
        csv(
            "Name *, Employee No. ,E-mail,入职日期（yyyy-MM-dd）,备注,Mobile\n"
                + "A,1,a@example.com,2026-01-02,note,139\n",
            StandardCharsets.UTF_8);

    assertEquals(
        new StaffRow(2, "A", "1", "a@example.com", "139", "", "2026-01-02"), sheet.rows().get(0));
    assertEquals(List.of("备注"), sheet.ignoredColumns());
  }

  @Test
  void refusesFilesThatAreNoStaffList() {
    assertEquals("org.import.nameColumnMissing", refused("工号,邮箱\nE1,a@example.com\n").messageKey());
    assertEquals("org.import.columnTwice", refused("姓名,name\nA,B\n").messageKey());
    assertEquals("org.import.noRows", refused("姓名,岗位\n").messageKey());
    assertEquals("org.import.empty", refused("\n,,\n").messageKey());
    assertEquals("org.import.unreadable", refused("姓名\n\"unclosed\n").messageKey());
  }

  @Test
  void refusesMoreThanTheRowLimit() {
    StringBuilder text = new StringBuilder("姓名\n");
    for (int i = 1; i <= ImportLimits.MAX_ROWS; i++) {
      text.append("P").append(i).append('\n');
    }
    assertEquals(ImportLimits.MAX_ROWS, csv(text.toString(), StandardCharsets.UTF_8).rows().size());

    ImportFileRefused e = refusal(text.append("one more\n").toString());
    assertEquals("org.import.tooManyRows", e.violation().messageKey());
    assertEquals(ImportFileRefused.Reason.CONTENT, e.reason());
  }

  @Test
  void refusesMoreThanTheByteLimitWithoutReadingOn() throws Exception {
    byte[] tooLarge = new byte[ImportLimits.MAX_BYTES + 1];
    ImportFileRefused e =
        assertThrows(
            ImportFileRefused.class,
            () -> StaffFile.readAtMostLimit(new ByteArrayInputStream(tooLarge)));
    assertEquals(ImportFileRefused.Reason.TOO_LARGE, e.reason());
    assertEquals(List.of("5"), List.of(e.violation().args()));
    assertEquals(
        ImportLimits.MAX_BYTES,
        StaffFile.readAtMostLimit(new ByteArrayInputStream(new byte[ImportLimits.MAX_BYTES]))
            .length);
  }

  @Test
  void refusesWhatIsNeitherCsvNorXlsx() {
    byte[] text = "姓名\n王芳\n".getBytes(StandardCharsets.UTF_8);
    byte[] xls = {
      (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0
    };
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};

    assertWrongType(() -> StaffFile.read(text, "staff.xls", null));
    assertWrongType(() -> StaffFile.read(xls, "staff.csv", "text/csv"));
    assertWrongType(() -> StaffFile.read(text, null, "image/png"));
    assertWrongType(() -> StaffFile.read(png, null, "application/octet-stream"));
    assertWrongType(() -> StaffFile.read(text, "staff.xlsx", null));
    // Windows browsers call a .csv "application/vnd.ms-excel": the name decides.
    assertEquals(1, StaffFile.read(text, "staff.CSV", "application/vnd.ms-excel").rows().size());
  }

  private static void assertWrongType(org.junit.jupiter.api.function.Executable read) {
    assertEquals(
        ImportFileRefused.Reason.WRONG_TYPE, assertThrows(ImportFileRefused.class, read).reason());
  }

  private static StaffSheet csv(String text, Charset charset) {
    return StaffFile.read(text.getBytes(charset), "staff.csv", "text/csv");
  }

  private static com.opsuite.core.validation.InvalidInputException.Violation refused(String text) {
    return refusal(text).violation();
  }

  private static ImportFileRefused refusal(String text) {
    return assertThrows(ImportFileRefused.class, () -> csv(text, StandardCharsets.UTF_8));
  }
}
