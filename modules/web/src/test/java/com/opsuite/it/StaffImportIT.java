package com.opsuite.it;

import static com.opsuite.it.Http.asTenant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Staff import over the API: the preview reports every problem on its row, in the caller's
 * language, and saves nothing; a clean file is saved whole with the positions; an import that
 * became invalid after its preview saves nothing; files too large or of the wrong kind are refused.
 */
@ExtendWith(ArquillianExtension.class)
class StaffImportIT {

  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private static final String BAD_FILE =
      "姓名,工号,邮箱,电话,岗位,入职日期\r\n"
          + "王芳,E001,wang@import.example,13800138000,销售部/专员,2026-03-01\r\n"
          + ",E002,,,,\r\n"
          + "李娜,e100,not-an-address,abc,,\r\n"
          + "张伟,E003,dup@import.example,,专员,2026-03-01\r\n"
          + "赵六,E004,DUP@import.example,,不存在的岗位,2026-13-01\r\n"
          + "钱七,E005,,,销售经理,\r\n"
          + "孙八,E006,,,销售部/专员,2026/3/1\r\n"
          + "\"周, 九\",E007,,,销售部/专员,2026-03-01\r\n";

  @ArquillianResource URL base;

  @Test
  void thePreviewReportsEveryProblemOnItsRowInTheCallersLanguageAndSavesNothing() throws Exception {
    ImportOrg org = ImportOrg.create(base.toURI(), TestTenants.signUp(base.toURI(), "import-pv"));
    // Chinese Excel's plain "CSV" is GBK, which GB18030 contains.
    byte[] file = BAD_FILE.getBytes(Charset.forName("GB18030"));

    HttpResponse<String> zh = org.send("/preview", "text/csv", file, "zh-CN");

    assertEquals(200, zh.statusCode(), zh.body());
    JsonObject preview = Http.json(zh);
    assertEquals(8, preview.getInt("rowCount"));
    assertEquals(6, preview.getInt("rowsWithProblems"));
    assertFalse(preview.getBoolean("valid"));
    assertEquals(
        new TreeMap<>(
            Map.of(
                2, "",
                3, "name:org.required",
                4,
                    "employeeNo:org.staff.employeeNoTaken email:org.staff.emailInvalid"
                        + " phone:org.staff.phoneInvalid",
                5, "email:org.import.duplicateInFile position:org.import.positionAmbiguous",
                6,
                    "email:org.import.duplicateInFile position:org.import.positionUnknown"
                        + " startDate:org.import.dateInvalid",
                7, "startDate:org.import.startRequired",
                8, "",
                9, "position:org.assignment.headcountFull")),
        codesByRow(preview));
    assertEquals(
        List.of("工号 e100 已存在。", "“not-an-address”不是有效的电子邮件地址。", "“abc”不是有效的电话号码。"),
        messages(preview, 4));
    assertEquals(
        List.of("dup@import.example 与本文件第 6 行重复。", "多个单位都有岗位“专员”（销售部/专员, 客服部/专员），请写成“部门/岗位”。"),
        messages(preview, 5));
    assertEquals("“销售部/专员”的 2 个编制在该期间已满。", messages(preview, 9).get(0));
    assertEquals("周, 九", row(preview, 9).getString("name"), "a quoted comma stays in the name");

    HttpResponse<String> en = org.send("/preview", "text/csv", file, "en");
    assertEquals(
        List.of(
            "Employee number e100 is already on the staff.",
            "\"not-an-address\" is not an e-mail address.",
            "\"abc\" is not a phone number."),
        messages(Http.json(en), 4));
    assertEquals(
        List.of("\"2026-13-01\" is not a date; use the form 2026-02-14."),
        messages(Http.json(en), 6).subList(2, 3));

    assertEquals(List.of("老员工"), org.staffNames(), "a preview saves nothing");

    HttpResponse<String> refused = org.send("", "text/csv", file, "en");
    assertEquals(400, refused.statusCode(), refused.body());
    String errors = Http.json(refused).getJsonArray("errors").toString();
    assertTrue(errors.contains("\"field\":\"rows[4].employeeNo\""), errors);
    assertTrue(errors.contains("\"code\":\"org.assignment.headcountFull\""), errors);
    assertEquals(List.of("老员工"), org.staffNames(), "an import with problems saves nothing");
  }

  @Test
  void aCleanFileIsSavedWholeWithThePositionsAndOneAuditEntry() throws Exception {
    URI root = base.toURI();
    ImportOrg org = ImportOrg.create(root, TestTenants.signUp(root, "import-ok"));
    byte[] file =
        ("\uFEFFname,employee no,email,phone,position,start date,notes\r\n"
                + "Wang Fang,E001,wang@import.example,138 0013 8000,销售部/专员,2026-03-01,\r\n"
                + "Li Na,E002,li@import.example,,客服部/专员,2026-04-15,\"a, b\"\r\n"
                + "Zhou Jiu,E003,,,,,\r\n")
            .getBytes(StandardCharsets.UTF_8);

    HttpResponse<String> preview = org.upload("/preview", "staff.csv", "text/csv", file, "en");
    assertEquals(200, preview.statusCode(), preview.body());
    assertTrue(Http.json(preview).getBoolean("valid"), preview.body());
    assertEquals("[\"notes\"]", Http.json(preview).getJsonArray("ignoredColumns").toString());

    HttpResponse<String> imported = org.upload("", "staff.csv", "text/csv", file, "en");

    assertEquals(201, imported.statusCode(), imported.body());
    assertEquals(3, Http.json(imported).getInt("imported"));
    assertEquals(List.of("Li Na", "Wang Fang", "Zhou Jiu", "老员工"), org.staffNames());
    JsonObject wang = org.staffNamed("Wang Fang");
    assertEquals("E001", wang.getString("employeeNo"));
    assertEquals("138 0013 8000", wang.getString("phone"));
    assertEquals(org.salesClerk + " 2026-03-01 null false", assignments(root, org, wang).get(0));
    assertEquals(
        org.serviceClerk + " 2026-04-15 null false",
        assignments(root, org, org.staffNamed("Li Na")).get(0));
    assertEquals(List.of(), assignments(root, org, org.staffNamed("Zhou Jiu")));

    List<JsonObject> audit =
        Http.jsonArray(
                Http.get(
                    root.resolve("api/v1/core/audit?action=org.staff.imported"),
                    asTenant(org.tenant)))
            .getValuesAs(JsonObject.class);
    assertEquals(1, audit.size());
    assertEquals("3 staff", audit.get(0).getString("after"));
    assertEquals(TestTenants.adminEmail(org.tenant), audit.get(0).getString("actor"));
  }

  @Test
  void anExcelWorkbookIsReadWithItsDatesAndNumbers() throws Exception {
    URI root = base.toURI();
    ImportOrg org = ImportOrg.create(root, TestTenants.signUp(root, "import-xlsx"));
    byte[] workbook;
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      Sheet sheet = book.createSheet("员工");
      CellStyle date = book.createCellStyle();
      date.setDataFormat(book.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
      Row heading = sheet.createRow(0);
      String[] headings = {"姓名", "工号", "手机", "岗位", "入职日期"};
      for (int i = 0; i < headings.length; i++) {
        heading.createCell(i).setCellValue(headings[i]);
      }
      Row wang = sheet.createRow(1);
      wang.createCell(0).setCellValue("王芳");
      wang.createCell(1).setCellValue(2001);
      wang.createCell(2).setCellValue(13800138000d);
      wang.createCell(3).setCellValue("销售经理");
      wang.createCell(4).setCellValue(LocalDate.of(2026, 5, 4));
      wang.getCell(4).setCellStyle(date);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      book.write(out);
      workbook = out.toByteArray();
    }

    HttpResponse<String> imported = org.send("", XLSX, workbook, "zh-CN");

    assertEquals(201, imported.statusCode(), imported.body());
    JsonObject wang = org.staffNamed("王芳");
    assertEquals("2001", wang.getString("employeeNo"));
    assertEquals("13800138000", wang.getString("phone"));
    assertEquals(org.salesHead + " 2026-05-04 null false", assignments(root, org, wang).get(0));
  }

  @Test
  void anImportThatBecameInvalidAfterItsPreviewSavesNothing() throws Exception {
    URI root = base.toURI();
    ImportOrg org = ImportOrg.create(root, TestTenants.signUp(root, "import-late"));
    byte[] file =
        ("姓名,邮箱,岗位,入职日期\n"
                + "王芳,wang@import.example,销售部/专员,2026-03-01\n"
                + "李娜,li@import.example,,\n")
            .getBytes(StandardCharsets.UTF_8);
    assertTrue(Http.json(org.send("/preview", "text/csv", file, "zh-CN")).getBoolean("valid"));

    // Meanwhile someone adds Li Na by hand, and both places of the sales clerk are taken.
    Http.post(
        root.resolve("api/v1/core/org/staff"),
        "{\"name\":\"李娜\",\"email\":\"LI@import.example\"}",
        asTenant(org.tenant));
    for (String name : List.of("甲", "乙")) {
      long id =
          Http.json(
                  Http.post(
                      root.resolve("api/v1/core/org/staff"),
                      "{\"name\":\"" + name + "\"}",
                      asTenant(org.tenant)))
              .getJsonNumber("id")
              .longValue();
      HttpResponse<String> assigned =
          Http.post(
              root.resolve("api/v1/core/org/staff/" + id + "/assignments"),
              "{\"positionId\":" + org.salesClerk + ",\"startsOn\":\"2026-01-01\"}",
              asTenant(org.tenant));
      assertEquals(201, assigned.statusCode(), assigned.body());
    }

    HttpResponse<String> refused = org.send("", "text/csv", file, "zh-CN");

    assertEquals(400, refused.statusCode(), refused.body());
    Map<String, String> errors =
        Http.json(refused).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
            .collect(Collectors.toMap(e -> e.getString("field"), e -> e.getString("message")));
    assertEquals(
        Map.of(
            "rows[2].position", "“销售部/专员”的 2 个编制在该期间已满。",
            "rows[3].email", "li@import.example 已在员工名单中。"),
        errors);
    assertEquals(List.of("乙", "李娜", "甲", "老员工"), org.staffNames(), "王芳 was not saved");
  }

  @Test
  void filesTooLargeOrOfTheWrongKindAreRefused() throws Exception {
    URI root = base.toURI();
    ImportOrg org = ImportOrg.create(root, TestTenants.signUp(root, "import-no", "gas-inspection"));

    byte[] tooLarge = new byte[5 * 1024 * 1024 + 1];
    java.util.Arrays.fill(tooLarge, (byte) 'a');
    HttpResponse<String> large = org.send("/preview", "text/csv", tooLarge, "zh-CN");
    assertEquals(413, large.statusCode(), large.body());
    assertEquals("文件超过 5 MB，请拆分成较小的文件。", Http.json(large).getString("detail"));

    HttpResponse<String> png =
        org.upload(
            "/preview", "photo.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}, "en");
    assertEquals(415, png.statusCode(), png.body());
    assertTrue(
        Http.json(png).getString("detail").startsWith("Upload a CSV file (.csv)"), png.body());
    byte[] xls = {
      (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };
    assertEquals(415, org.send("", "text/csv", xls, "en").statusCode());
    assertEquals(
        415,
        org.send("", "application/json", "{}".getBytes(StandardCharsets.UTF_8), "en").statusCode());

    StringBuilder rows = new StringBuilder("name\n");
    for (int i = 0; i <= 5_000; i++) {
      rows.append("P").append(i).append('\n');
    }
    HttpResponse<String> many =
        org.send("/preview", "text/csv", rows.toString().getBytes(StandardCharsets.UTF_8), "en");
    assertEquals(400, many.statusCode(), many.body());
    assertEquals(
        "The file has more than 5000 staff rows. Split it into smaller files.",
        Http.json(many).getJsonArray("errors").getJsonObject(0).getString("message"));

    HttpResponse<String> noNames =
        org.send("/preview", "text/csv", "工号\nE1\n".getBytes(StandardCharsets.UTF_8), "zh-CN");
    assertEquals(400, noNames.statusCode(), noNames.body());
    assertEquals(List.of("老员工"), org.staffNames());

    // Without core.org.manage: refused before the file is looked at.
    String inspector =
        PermissionsIT.addUser(root, org.tenant, "inspector", List.of("gas-inspection.inspector"));
    HttpResponse<String> forbidden =
        Http.post(
            root.resolve("api/v1/core/org/staff/import/preview"),
            "",
            Http.asUser(org.tenant, inspector, PermissionsIT.INSPECTOR_PASSWORD));
    assertEquals(403, forbidden.statusCode(), forbidden.body());
  }

  @Test
  void theTemplateHasTheHeadingsInTheCallersLanguage() throws Exception {
    URI root = base.toURI();
    String tenant = TestTenants.signUp(root, "import-tpl");
    HttpResponse<String> zh =
        Http.get(
            root.resolve("api/v1/core/org/staff/import/template.csv"),
            asTenant(tenant, "Accept-Language", "zh-CN"));
    assertEquals(200, zh.statusCode(), zh.body());
    assertEquals("\uFEFF姓名,工号,邮箱,电话,岗位,入职日期\r\n", zh.body());
    HttpResponse<String> en =
        Http.get(
            root.resolve("api/v1/core/org/staff/import/template.csv"),
            asTenant(tenant, "Accept-Language", "en"));
    assertEquals("\uFEFFname,employee no,email,phone,position,start date\r\n", en.body());
  }

  private static Map<Integer, String> codesByRow(JsonObject preview) {
    Map<Integer, String> codes = new TreeMap<>();
    for (JsonObject row : preview.getJsonArray("rows").getValuesAs(JsonObject.class)) {
      codes.put(
          row.getInt("row"),
          row.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
              .map(e -> e.getString("field") + ":" + e.getString("code"))
              .collect(Collectors.joining(" ")));
    }
    return codes;
  }

  private static JsonObject row(JsonObject preview, int number) {
    return preview.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
        .filter(r -> r.getInt("row") == number)
        .findFirst()
        .orElseThrow();
  }

  private static List<String> messages(JsonObject preview, int number) {
    return row(preview, number).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
        .map(e -> e.getString("message"))
        .toList();
  }

  private static List<String> assignments(URI root, ImportOrg org, JsonObject member) {
    return Http.jsonArray(
            Http.get(
                root.resolve(
                    "api/v1/core/org/staff/" + member.getJsonNumber("id") + "/assignments"),
                asTenant(org.tenant)))
        .getValuesAs(JsonObject.class)
        .stream()
        .map(
            a ->
                a.getJsonNumber("positionId")
                    + " "
                    + a.getString("startsOn")
                    + " "
                    + (!a.containsKey("endsOn") || a.isNull("endsOn")
                        ? "null"
                        : a.getString("endsOn"))
                    + " "
                    + a.getBoolean("acting"))
        .toList();
  }
}
