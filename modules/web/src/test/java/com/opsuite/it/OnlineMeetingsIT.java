package com.opsuite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Platform data and meeting packs against known figures (Asia/Shanghai): the weekly pack's exact
 * changes and percents (none against a zero), content published per platform and week by the
 * tenant's days, the monthly pack by ISO weeks with the previous meeting's actions, idempotent
 * entry and import with row-level problems, optimistic locking, PDF and Excel downloads that parse,
 * and another tenant's ids answering 404 with nothing changed.
 */
@ExtendWith(ArquillianExtension.class)
class OnlineMeetingsIT {

  @ArquillianResource URL base;

  /** A company with a website and a WeChat account, and two people with the module's roles. */
  private static final class Company {
    final OnlineCompany co;
    final OnlineMeetingsData data;
    final long web;
    final long wechat;

    Company(URL base, String prefix) throws Exception {
      co = new OnlineCompany(base.toURI(), prefix);
      co.grant("manager1", "operations-manager");
      co.grant("clerk", "content-editor");
      data = new OnlineMeetingsData(co);
      web = co.platform("WEBSITE", "Website " + prefix, "manager1");
      wechat = co.platform("WECHAT", "WeChat " + prefix, "manager1");
    }

    HttpResponse<String> get(String path, String... more) {
      return Http.get(co.api(path), co.as("manager1", more));
    }
  }

  private static String figures(
      long followers,
      Long newFollowers,
      long reads,
      long interactions,
      long visits,
      long conversions,
      Long version) {
    return "{\"followers\":"
        + followers
        + (newFollowers == null ? "" : ",\"newFollowers\":" + newFollowers)
        + ",\"reads\":"
        + reads
        + ",\"interactions\":"
        + interactions
        + ",\"visits\":"
        + visits
        + ",\"conversions\":"
        + conversions
        + (version == null ? "" : ",\"version\":" + version)
        + "}";
  }

  /** Figure name to "current/previous/change/percent", a dash for what is absent. */
  private static Map<String, String> comparisons(JsonObject platform) {
    Map<String, String> map = new TreeMap<>();
    for (JsonObject c : platform.getJsonArray("figures").getValuesAs(JsonObject.class)) {
      map.put(c.getString("figure"), comparison(c));
    }
    return map;
  }

  private static String comparison(JsonObject c) {
    return value(c, "current")
        + "/"
        + value(c, "previous")
        + "/"
        + value(c, "change")
        + "/"
        + (c.containsKey("percent") && !c.isNull("percent")
            ? c.getJsonNumber("percent").bigDecimalValue().toPlainString()
            : "-");
  }

  private static String value(JsonObject c, String key) {
    return c.containsKey(key) && !c.isNull(key) ? c.getJsonNumber(key).toString() : "-";
  }

  private static JsonObject platform(JsonObject pack, long id) {
    return pack.getJsonArray("platforms").getValuesAs(JsonObject.class).stream()
        .filter(p -> p.getJsonNumber("platformId").longValue() == id)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no platform " + id + " in " + pack));
  }

  @Test
  void theWeeklyPackComparesLastWeekWithTheWeekBeforeExactly() throws Exception {
    Company a = new Company(base, "om-week");
    // The week before (W44, 26 Oct - 1 Nov 2026) as history; W45 entered through the API.
    a.data.week(a.web, "2026-W44", 5000, null, 1200, 0, 800, 40);
    a.data.week(a.wechat, "2026-W44", 300, 10L, 0, 5, 0, 0);
    HttpResponse<String> put =
        Http.put(
            a.co.api("platform-data/" + a.web + "/2026-W45"),
            figures(5100, 100L, 1500, 30, 600, 40, null),
            a.co.as("manager1"));
    assertEquals(201, put.statusCode(), put.body());
    assertEquals("2026-11-02", Http.json(put).getString("weekStart"));
    HttpResponse<String> wechat =
        Http.put(
            a.co.api("platform-data/" + a.wechat + "/2026-W45"),
            figures(330, 30L, 90, 5, 0, 1, null),
            a.co.as("manager1"));
    assertEquals(201, wechat.statusCode(), wechat.body());
    // Published: two in W45 on the website (one also on WeChat), the last evening of W44 in
    // Shanghai, and the first night of W46 which does not count.
    a.data.publishedAt("Open day", "2026-11-03T10:00", a.web, a.wechat);
    a.data.publishedAt("Price news", "2026-11-08T23:30", a.web);
    a.data.publishedAt("Late Sunday", "2026-11-01T23:59", a.web);
    a.data.publishedAt("Next Monday", "2026-11-09T00:10", a.web);

    HttpResponse<String> response = a.get("meetings/weekly?week=2026-W45");
    assertEquals(200, response.statusCode(), response.body());
    JsonObject pack = Http.json(response);
    assertEquals("2026-W45", pack.getString("period"));
    assertEquals("2026-W44", pack.getString("previousPeriod"));
    assertEquals("2026-11-09", pack.getString("meetingOn"), "the Monday after");
    assertEquals(
        Map.of(
            "FOLLOWERS", "5100/5000/100/2.00",
            "NEW_FOLLOWERS", "100/-/-/-",
            "READS", "1500/1200/300/25.00",
            "INTERACTIONS", "30/0/30/-",
            "VISITS", "600/800/-200/-25.00",
            "CONVERSIONS", "40/40/0/0.00"),
        comparisons(platform(pack, a.web)));
    assertEquals("2/1/1/100.00", comparison(platform(pack, a.web).getJsonObject("published")));
    assertEquals(
        Map.of(
            "FOLLOWERS", "330/300/30/10.00",
            "NEW_FOLLOWERS", "30/10/20/200.00",
            "READS", "90/0/90/-",
            "INTERACTIONS", "5/5/0/0.00",
            "VISITS", "0/0/0/-",
            "CONVERSIONS", "1/0/1/-"),
        comparisons(platform(pack, a.wechat)));
    assertEquals("1/0/1/-", comparison(platform(pack, a.wechat).getJsonObject("published")));
    Map<String, String> totals = new HashMap<>();
    for (JsonObject c : pack.getJsonArray("totals").getValuesAs(JsonObject.class)) {
      totals.put(c.getString("figure"), comparison(c));
    }
    assertEquals("1590/1200/390/32.50", totals.get("READS"));
    assertEquals("130/10/120/1200.00", totals.get("NEW_FOLLOWERS"));
    assertEquals("3/1/2/200.00", comparison(pack.getJsonObject("publishedTotal")));

    // Entering the same week again changes nothing; a stale version is refused with a reason.
    HttpResponse<String> same =
        Http.put(
            a.co.api("platform-data/" + a.web + "/2026-W45"),
            figures(5100, 100L, 1500, 30, 600, 40, null),
            a.co.as("manager1", "If-Match", "\"1\""));
    assertEquals(200, same.statusCode(), same.body());
    assertEquals(1, Http.json(same).getInt("version"));
    HttpResponse<String> stale =
        Http.put(
            a.co.api("platform-data/" + a.web + "/2026-W45"),
            figures(1, null, 1, 1, 1, 1, 0L),
            a.co.as("manager1", "Accept-Language", "en"));
    assertEquals(409, stale.statusCode(), stale.body());
    assertTrue(stale.body().contains("Someone else changed this meanwhile"), stale.body());
    assertEquals(
        1500,
        a.data.count(
            "SELECT reads FROM online_platform_week WHERE tenant_id = ?"
                + " AND week_start = DATE '2026-11-02' AND platform_id = "
                + a.web));

    // Bean Validation, localized: a negative and a missing figure, in Chinese.
    HttpResponse<String> invalid =
        Http.put(
            a.co.api("platform-data/" + a.web + "/2026-W46"),
            "{\"followers\":-1,\"reads\":1,\"interactions\":1,\"visits\":1}",
            a.co.as("manager1", "Accept-Language", "zh-CN"));
    assertEquals(400, invalid.statusCode(), invalid.body());
    assertTrue(invalid.body().contains("数据不能为负数"), invalid.body());
    assertTrue(invalid.body().contains("\"field\":\"conversions\""), invalid.body());
    assertEquals(
        400,
        Http.put(
                a.co.api("platform-data/" + a.web + "/2026-W60"),
                figures(1, null, 1, 1, 1, 1, null),
                a.co.as("manager1"))
            .statusCode());
    assertEquals(400, a.get("meetings/weekly?week=last").statusCode());

    // A content editor neither enters data nor reads the packs.
    assertEquals(
        403, Http.get(a.co.api("meetings/weekly?week=2026-W45"), a.co.as("clerk")).statusCode());
    assertEquals(
        403,
        Http.put(
                a.co.api("platform-data/" + a.web + "/2026-W44"),
                figures(1, null, 1, 1, 1, 1, null),
                a.co.as("clerk"))
            .statusCode());
  }

  @Test
  void theMonthlyPackComparesMonthsByIsoWeeksAndListsTheLastMeetingsActions() throws Exception {
    Company a = new Company(base, "om-month");
    // September 2026 by Thursdays: the weeks from 31 Aug to 21 Sep; October: 28 Sep to 26 Oct.
    LocalDate monday = LocalDate.of(2026, 8, 31);
    long[] reads = {100, 100, 100, 100, 100, 100, 100, 100, 200};
    long[] followers = {900, 920, 950, 1000, 1010, 1020, 1050, 1080, 1100};
    for (int i = 0; i < reads.length; i++) {
      a.data.weekOn(a.web, monday.plusWeeks(i), followers[i], null, reads[i], 10, 50, 0);
    }
    a.data.weekOn(a.web, LocalDate.of(2026, 11, 2), 5000, null, 9999, 1, 1, 1); // November
    a.data.weekOn(a.web, LocalDate.of(2026, 8, 24), 1, null, 9999, 1, 1, 1); // August
    a.data.publishedAt("September piece", "2026-09-30T23:30", a.web);
    a.data.publishedAt("October piece", "2026-10-01T00:30", a.web);
    long open =
        a.data.action(
            "2026-09",
            "Post short videos twice a week",
            "manager1",
            LocalDate.of(2026, 10, 15),
            "OPEN");
    a.data.action("2026-09", "Fix the website menu", "clerk", null, "DONE");
    a.data.action("2026-08", "An older meeting's action", null, null, "OPEN");

    HttpResponse<String> created =
        Http.post(
            a.co.api("improvement-actions"),
            "{\"meetingMonth\":\"2026-10\",\"text\":\"Answer comments within a day\",\"ownerId\":"
                + a.co.userId("manager2")
                + ",\"dueOn\":\"2026-11-30\"}",
            a.co.as("manager1"));
    assertEquals(201, created.statusCode(), created.body());
    assertEquals("OPEN", Http.json(created).getString("status"));

    JsonObject pack = Http.json(a.get("meetings/monthly?month=2026-10"));
    assertEquals("2026-09", pack.getString("previousPeriod"));
    assertEquals("2026-11-01", pack.getString("meetingOn"));
    Map<String, String> web = comparisons(platform(pack, a.web));
    assertEquals("600/400/200/50.00", web.get("READS"));
    assertEquals("1100/1000/100/10.00", web.get("FOLLOWERS"), "as at each month's last week");
    assertEquals("50/40/10/25.00", web.get("INTERACTIONS"));
    assertEquals("0/0/0/-", web.get("CONVERSIONS"));
    assertEquals("-/-/-/-", web.get("NEW_FOLLOWERS"));
    assertEquals("1/1/0/0.00", comparison(platform(pack, a.web).getJsonObject("published")));
    assertEquals("-/-/-/-", comparisons(platform(pack, a.wechat)).get("READS"));

    List<String> previous = new ArrayList<>();
    for (JsonObject action : pack.getJsonArray("previousActions").getValuesAs(JsonObject.class)) {
      previous.add(action.getString("text") + ":" + action.getString("status"));
    }
    assertEquals(
        List.of("Post short videos twice a week:OPEN", "Fix the website menu:DONE"), previous);
    JsonObject first = pack.getJsonArray("previousActions").getJsonObject(0);
    assertEquals("manager1", first.getString("ownerName"));
    assertEquals("2026-10-15", first.getString("dueOn"));
    assertEquals(1, pack.getJsonArray("actions").size());
    assertEquals(
        "Answer comments within a day",
        pack.getJsonArray("actions").getJsonObject(0).getString("text"));

    // The open action is done now; a change on a stale version is refused.
    long version = first.getJsonNumber("version").longValue();
    String done =
        "{\"meetingMonth\":\"2026-09\",\"text\":\"Post short videos twice a week\","
            + "\"ownerId\":"
            + a.co.userId("manager1")
            + ",\"dueOn\":\"2026-10-15\","
            + "\"status\":\"DONE\",\"version\":"
            + version
            + "}";
    HttpResponse<String> changed =
        Http.put(a.co.api("improvement-actions/" + open), done, a.co.as("manager1"));
    assertEquals(200, changed.statusCode(), changed.body());
    assertEquals("DONE", Http.json(changed).getString("status"));
    HttpResponse<String> again =
        Http.put(
            a.co.api("improvement-actions/" + open),
            done,
            a.co.as("manager1", "Accept-Language", "zh-CN"));
    assertEquals(409, again.statusCode(), again.body());
    assertTrue(again.body().contains("已被他人修改"), again.body());
    assertEquals(
        "DONE",
        Http.json(a.get("meetings/monthly?month=2026-10"))
            .getJsonArray("previousActions")
            .getJsonObject(0)
            .getString("status"));

    HttpResponse<String> blank =
        Http.post(
            a.co.api("improvement-actions"),
            "{\"meetingMonth\":\"2026-13\",\"text\":\" \"}",
            a.co.as("manager1", "Accept-Language", "en"));
    assertEquals(400, blank.statusCode(), blank.body());
    assertTrue(blank.body().contains("Describe the action."), blank.body());
    assertTrue(blank.body().contains("meeting.action.monthInvalid"), blank.body());
    assertEquals(400, a.get("meetings/monthly?month=October").statusCode());
  }

  @Test
  void importingASheetPreviewsBadRowsAndTheSameFileTwiceAddsNothing() throws Exception {
    Company a = new Company(base, "om-import");
    String webName = "Website om-import";
    byte[] csv =
        ("平台,周次,粉丝数,新增粉丝,阅读量,互动量,访问量,转化量\r\n"
                + webName
                + ",2026-W44,5000,,1200,10,800,40\r\n"
                + a.wechat
                + ",2026-W44,300,10,\"1,050\",5,0,0\r\n"
                + "Nowhere,2026-W44,1,,1,1,1,1\r\n"
                + webName
                + ",2026-W60,1,,1,1,1,1\r\n"
                + webName
                + ",2026-W43,1,,-5,1,1,1.5\r\n"
                + webName
                + ",2026-W44,9,,9,9,9,9\r\n"
                + webName
                + ",2099-W01,1,,1,1,1,1\r\n")
            .getBytes(Charset.forName("GB18030"));

    HttpResponse<String> preview =
        a.data.upload("manager1", "platform-data/import?dryRun=true", "text/csv", csv, "zh-CN");
    assertEquals(200, preview.statusCode(), preview.body());
    JsonObject dry = Http.json(preview);
    assertEquals(2, dry.getInt("valid"));
    assertEquals(5, dry.getInt("refused"));
    assertEquals(
        new TreeMap<>(
            Map.of(
                2, "VALID",
                3, "VALID",
                4, "REFUSED platform:data.platform.unknown",
                5, "REFUSED week:data.week.invalid",
                6, "REFUSED reads:data.figure.negative conversions:data.figure.notWhole",
                7, "REFUSED week:data.import.duplicateInFile",
                8, "REFUSED week:data.week.future")),
        verdicts(dry));
    assertTrue(preview.body().contains("没有名为 Nowhere 的平台。"), preview.body());
    assertEquals(0, stored(a), "a dry run stores nothing");

    JsonObject committed =
        Http.json(a.data.upload("manager1", "platform-data/import", "text/csv", csv, "en"));
    assertEquals(2, committed.getInt("added"));
    assertEquals(5, committed.getInt("refused"));
    assertEquals(2, stored(a));
    assertEquals(
        1050,
        a.data.count(
            "SELECT reads FROM online_platform_week WHERE tenant_id = ?"
                + " AND platform_id = "
                + a.wechat));

    JsonObject again =
        Http.json(a.data.upload("manager1", "platform-data/import", "text/csv", csv, "en"));
    assertEquals(0, again.getInt("added"));
    assertEquals(0, again.getInt("updated"));
    assertEquals(2, again.getInt("unchanged"));
    assertEquals(2, stored(a));
    assertEquals(
        1,
        a.data.count("SELECT max(version) FROM online_platform_week WHERE tenant_id = ?"),
        "nothing was written again");

    // An Excel sheet with other figures for one week replaces them.
    HttpResponse<String> xlsx =
        a.data.upload(
            "manager1", "platform-data/import", OnlineMeetingsData.XLSX, workbook(webName), "en");
    assertEquals(200, xlsx.statusCode(), xlsx.body());
    assertEquals(1, Http.json(xlsx).getInt("updated"), xlsx.body());
    assertEquals(2, stored(a));
    assertEquals(
        1300,
        a.data.count(
            "SELECT reads FROM online_platform_week WHERE tenant_id = ?"
                + " AND platform_id = "
                + a.web));

    // The JSON batch is the same check.
    HttpResponse<String> batch =
        Http.post(
            a.co.api("platform-data?dryRun=true"),
            "[{\"platform\":\""
                + a.web
                + "\",\"week\":\"2026-W44\",\"followers\":1,\"reads\":1,"
                + "\"interactions\":1,\"visits\":1,\"conversions\":1},{\"platform\":\"x\"}]",
            a.co.as("manager1"));
    assertEquals(200, batch.statusCode(), batch.body());
    assertEquals(1, Http.json(batch).getInt("valid"));
    assertEquals(1, Http.json(batch).getInt("refused"));

    // The list pages and filters; the CSV export reads back as an import.
    JsonObject list = Http.json(a.get("platform-data?from=2026-W40&to=2026-W45&platform=" + a.web));
    assertEquals(1, list.getInt("total"));
    assertEquals("2026-W44", list.getJsonArray("rows").getJsonObject(0).getString("week"));
    HttpResponse<String> exported = a.get("platform-data/export.csv?from=2026-W40&to=2026-W45");
    assertEquals(200, exported.statusCode());
    assertTrue(
        exported.body().contains(webName + ",2026-W44,5000,,1300,10,800,40"), exported.body());
    JsonObject reimport =
        Http.json(
            a.data.upload(
                "manager1",
                "platform-data/import",
                "text/csv",
                exported.body().getBytes(StandardCharsets.UTF_8),
                "en"));
    assertEquals(2, reimport.getInt("unchanged"), reimport.toString());

    // Files refused whole: too large, not a sheet, no columns.
    byte[] huge = new byte[2 * 1024 * 1024 + 10];
    java.util.Arrays.fill(huge, (byte) 'a');
    HttpResponse<String> tooLarge =
        a.data.upload("manager1", "platform-data/import", "text/csv", huge, "en");
    assertEquals(413, tooLarge.statusCode(), tooLarge.body());
    assertTrue(tooLarge.body().contains("larger than 2048 KB"), tooLarge.body());
    HttpResponse<String> pdf =
        a.data.upload(
            "manager1",
            "platform-data/import",
            "application/pdf",
            "%PDF-1.4".getBytes(StandardCharsets.UTF_8),
            "zh-CN");
    assertEquals(415, pdf.statusCode(), pdf.body());
    assertTrue(pdf.body().contains("请上传 CSV 文件"), pdf.body());
    assertEquals(
        415,
        a.data
            .upload(
                "manager1",
                "platform-data/import",
                OnlineMeetingsData.XLSX,
                "a,b".getBytes(StandardCharsets.UTF_8),
                "en")
            .statusCode());
    HttpResponse<String> noColumns =
        a.data.upload(
            "manager1",
            "platform-data/import",
            "text/csv",
            "a,b\r\n1,2\r\n".getBytes(StandardCharsets.UTF_8),
            "en");
    assertEquals(400, noColumns.statusCode(), noColumns.body());
    assertTrue(noColumns.body().contains("data.import.columnsMissing"), noColumns.body());
  }

  @Test
  void thePacksDownloadAsPdfAndExcelThatParse() throws Exception {
    Company a = new Company(base, "om-files");
    a.data.week(a.web, "2026-W44", 5000, null, 1200, 0, 800, 40);
    a.data.week(a.web, "2026-W45", 5100, 100L, 1500, 30, 600, 40);
    a.data.action("2026-09", "改进菜单", "manager1", null, "OPEN");

    HttpResponse<byte[]> pdf =
        a.data.download("manager1", "meetings/weekly/pdf?week=2026-W45", "zh-CN");
    assertEquals(200, pdf.statusCode());
    assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
    assertTrue(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF"));
    PdfReader reader = new PdfReader(pdf.body());
    assertTrue(reader.getNumberOfPages() >= 1);
    reader.close();

    HttpResponse<byte[]> xlsx =
        a.data.download("manager1", "meetings/weekly/xlsx?week=2026-W45", "en");
    assertEquals(200, xlsx.statusCode());
    assertTrue(
        xlsx.headers()
            .firstValue("Content-Disposition")
            .orElse("")
            .contains("meeting-weekly-2026-W45.xlsx"));
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      Sheet sheet = book.getSheet("Figures");
      Map<String, String> rows = new HashMap<>();
      DataFormatter f = new DataFormatter(java.util.Locale.ROOT);
      for (Row row : sheet) {
        if (row.getRowNum() < 2) {
          continue;
        }
        List<String> cells = new ArrayList<>();
        for (int c = 2; c < 6; c++) {
          cells.add(row.getCell(c) == null ? "" : f.formatCellValue(row.getCell(c)));
        }
        rows.put(
            f.formatCellValue(row.getCell(0)) + "|" + f.formatCellValue(row.getCell(1)),
            String.join("/", cells));
      }
      assertEquals("1500/1200/300/25.00", rows.get("Website om-files|Reads"));
      assertEquals("30/0/30/no percent: previous was 0", rows.get("Website om-files|Interactions"));
      assertEquals("5100/5000/100/2.00", rows.get("All platforms|Followers"));
    }

    HttpResponse<byte[]> monthly =
        a.data.download("manager1", "meetings/monthly/xlsx?month=2026-10", "zh-CN");
    assertEquals(200, monthly.statusCode());
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(monthly.body()))) {
      assertEquals(2, book.getNumberOfSheets());
      assertEquals("改进菜单", book.getSheetAt(1).getRow(1).getCell(1).getStringCellValue());
      assertEquals("进行中", book.getSheetAt(1).getRow(1).getCell(4).getStringCellValue());
    }
    HttpResponse<byte[]> monthlyPdf =
        a.data.download("manager1", "meetings/monthly/pdf?month=2026-10", "zh-CN");
    assertEquals(200, monthlyPdf.statusCode());
    PdfReader monthlyReader = new PdfReader(monthlyPdf.body());
    assertTrue(monthlyReader.getNumberOfPages() >= 1);
    monthlyReader.close();
  }

  @Test
  void anotherTenantsPlatformsWeeksAndActionsAreNotFoundAndStayUnchanged() throws Exception {
    Company a = new Company(base, "om-iso-a");
    Company b = new Company(base, "om-iso-b");
    a.data.week(a.web, "2026-W44", 5000, null, 1200, 0, 800, 40);
    long action = a.data.action("2026-09", "A's action", "manager1", null, "OPEN");

    // B guesses A's ids: every answer is 404 and A's rows stay as they were.
    HttpResponse<String> put =
        Http.put(
            b.co.api("platform-data/" + a.web + "/2026-W44"),
            figures(1, null, 1, 1, 1, 1, null),
            b.co.as("manager1"));
    assertEquals(404, put.statusCode(), put.body());
    assertEquals(404, b.get("platform-data?platform=" + a.web).statusCode());
    assertEquals(404, b.get("platform-data/export.csv?platform=" + a.web).statusCode());
    JsonObject batch =
        Http.json(
            Http.post(
                b.co.api("platform-data"),
                "[{\"platform\":\""
                    + a.web
                    + "\",\"week\":\"2026-W44\",\"followers\":1,\"reads\":1,"
                    + "\"interactions\":1,\"visits\":1,\"conversions\":1}]",
                b.co.as("manager1")));
    assertEquals(1, batch.getInt("refused"));
    assertEquals(404, b.get("improvement-actions/" + action).statusCode());
    String change =
        "{\"meetingMonth\":\"2026-09\",\"text\":\"B was here\",\"status\":\"DONE\","
            + "\"version\":1}";
    assertEquals(
        404,
        Http.put(b.co.api("improvement-actions/" + action), change, b.co.as("manager1"))
            .statusCode());
    assertEquals(
        404,
        Http.delete(b.co.api("improvement-actions/" + action + "?version=1"), b.co.as("manager1"))
            .statusCode());
    assertEquals(1200, a.data.count("SELECT reads FROM online_platform_week WHERE tenant_id = ?"));
    assertEquals(
        1,
        a.data.count(
            "SELECT count(*) FROM online_improvement_action WHERE tenant_id = ?"
                + " AND text = 'A''s action' AND status = 'OPEN'"));
    assertEquals(0, b.data.count("SELECT count(*) FROM online_platform_week WHERE tenant_id = ?"));

    // B's packs hold B's platforms only.
    HttpResponse<String> bPack = b.get("meetings/weekly?week=2026-W44");
    assertEquals(200, bPack.statusCode());
    assertFalse(bPack.body().contains("om-iso-a"), bPack.body());
    JsonObject bMonthly = Http.json(b.get("meetings/monthly?month=2026-10"));
    assertEquals(0, bMonthly.getJsonArray("previousActions").size());
    assertTrue(b.get("improvement-actions?month=2026-09").body().equals("[]"));

    // And B's meetings page does not show A's platforms.
    PageSession session =
        PageSession.signIn(
            b.co.root, b.co.tenant, b.co.org.person("manager1").email(), ApprovalOrg.PASSWORD);
    HttpResponse<String> page = session.get("t/" + b.co.tenant + "/online-ops/meetings.xhtml");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("Website om-iso-b"), "B's own platform is listed");
    assertFalse(page.body().contains("om-iso-a"));

    // A's own delete needs the current version.
    assertEquals(
        400,
        Http.delete(a.co.api("improvement-actions/" + action), a.co.as("manager1")).statusCode());
    long version =
        Http.json(a.get("improvement-actions/" + action)).getJsonNumber("version").longValue();
    assertEquals(
        204,
        Http.delete(
                a.co.api("improvement-actions/" + action + "?version=" + version),
                a.co.as("manager1"))
            .statusCode());
  }

  private static Map<Integer, String> verdicts(JsonObject outcome) {
    return outcome.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
        .collect(
            Collectors.toMap(
                r -> r.getInt("row"),
                r ->
                    (r.getString("status")
                            + " "
                            + r.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                                .map(e -> e.getString("field") + ":" + e.getString("code"))
                                .collect(Collectors.joining(" ")))
                        .strip(),
                (x, y) -> x,
                TreeMap::new));
  }

  private static long stored(Company a) {
    return a.data.count("SELECT count(*) FROM online_platform_week WHERE tenant_id = ?");
  }

  private static byte[] workbook(String platform) throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = book.createSheet("data");
      Object[][] rows = {
        {
          "Platform",
          "Week",
          "Followers",
          "New followers",
          "Reads",
          "Interactions",
          "Visits",
          "Conversions"
        },
        {platform, "2026-W44", 5000.0, null, 1300.0, 10.0, 800.0, 40.0}
      };
      for (int r = 0; r < rows.length; r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          Object v = rows[r][c];
          if (v instanceof String s) {
            row.createCell(c).setCellValue(s);
          } else if (v instanceof Double d) {
            row.createCell(c).setCellValue(d);
          }
        }
      }
      book.write(out);
      return out.toByteArray();
    }
  }
}
