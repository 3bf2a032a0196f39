package com.opsuite.it;

import static com.opsuite.it.GasRegistryIT.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
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
 * Purchases from the sales system: a CSV or Excel export is checked row by row (each problem on its
 * row, in the caller's language) without saving on a dry run, then its valid rows are added; the
 * same file again adds nothing, and so does a JSON batch sent twice. Files too large or of the
 * wrong kind are refused whole; another tenant's cards are unknown.
 */
@ExtendWith(ArquillianExtension.class)
class GasPurchaseImportIT {

  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @ArquillianResource URL base;

  @Test
  void aCsvIsPreviewedRowByRowThenCommittedAndReimportingAddsNothing() throws Exception {
    GasCompany gas = new GasCompany(base.toURI(), "gaspur-csv");
    long north = gas.area("N", "North");
    long h1 = gas.household("H1", north, "1 Road");
    gas.household("H2", north, "2 Road");
    gas.purchase("R0", h1, LocalDate.of(2026, 2, 1));
    // Chinese Excel saves "CSV" as GBK.
    byte[] file =
        ("收据号,卡号,日期,气量,金额\r\n"
                + "R1,C-H1,2026-03-01,20,60\r\n"
                + "R2,C-XX,2026-03-01,20,60\r\n"
                + "R3,C-H2,2026-13-01,20,60\r\n"
                + "R4,C-H2,2026-03-02,-5,60\r\n"
                + "R1,C-H2,2026-03-03,10,30\r\n"
                + "R5,C-H2,2026/3/4,10.5,\"1,031.50\"\r\n"
                + "R0,C-H1,2026-02-01,20,60\r\n")
            .getBytes(Charset.forName("GB18030"));

    HttpResponse<String> preview = send(gas, "true", "text/csv", file, "zh-CN");
    assertEquals(200, preview.statusCode(), preview.body());
    JsonObject dry = Http.json(preview);
    assertEquals(2, dry.getInt("valid"));
    assertEquals(1, dry.getInt("alreadyPresent"));
    assertEquals(4, dry.getInt("refused"));
    assertEquals(0, dry.getInt("added"));
    assertEquals(
        new TreeMap<>(
            Map.of(
                2, "VALID",
                3, "REFUSED cardNo:registry.purchase.cardUnknown",
                4, "REFUSED date:registry.purchase.dateInvalid",
                5, "REFUSED volumeM3:registry.purchase.volumeNotPositive",
                6, "REFUSED receiptNo:registry.purchase.duplicateInFile",
                7, "VALID",
                8, "ALREADY_PRESENT")),
        verdicts(dry));
    assertTrue(preview.body().contains("没有卡号为 C-XX 的气卡。"), preview.body());
    assertTrue(preview.body().contains("收据号 R1 也在第 2 行。"), preview.body());
    assertEquals(1, purchases(gas), "a dry run saves nothing");

    JsonObject committed = Http.json(send(gas, "false", "text/csv", file, "en"));
    assertEquals(2, committed.getInt("added"));
    assertEquals(1, committed.getInt("alreadyPresent"));
    assertEquals(4, committed.getInt("refused"));
    assertEquals(3, purchases(gas));
    assertEquals(
        1,
        rows(
            gas.tenant,
            "SELECT count(*) FROM gas_purchase p JOIN gas_card c ON c.tenant_id = p.tenant_id"
                + " AND c.id = p.card_id WHERE p.tenant_id = ? AND p.source_key = 'R5'"
                + " AND c.card_no = 'C-H2' AND p.volume_m3 = 10.5 AND p.amount_yuan = 1031.50"
                + " AND p.purchased_on = DATE '2026-03-04'"));

    JsonObject again = Http.json(send(gas, "false", "text/csv", file, "en"));
    assertEquals(0, again.getInt("added"));
    assertEquals(3, again.getInt("alreadyPresent"));
    assertEquals(3, purchases(gas));

    // The customer's page shows the purchases, newest first.
    JsonObject detail = Http.json(Http.get(gas.api("customers/" + h1), gas.asAdmin()));
    assertEquals("R1", detail.getJsonArray("purchases").getJsonObject(0).getString("receiptNo"));
  }

  /**
   * A customer on the no-purchase blacklist whose purchase comes in with the sales system's file
   * leaves the list as the file is committed (not on a dry run), with the purchase as the reason.
   */
  @Test
  void anImportedPurchaseTakesTheBuyerOffTheBlacklistAtOnce() throws Exception {
    GasCompany gas = new GasCompany(base.toURI(), "gaspur-bl");
    gas.user("boss", "inspection-supervisor");
    long north = gas.area("N", "North");
    gas.inspector(gas.user("ins", "inspector"), "B-gaspur-bl", north);
    long h1 = gas.household("H1", north, "1 Road");
    LocalDate today = GasWorklistData.today(gas);
    gas.purchase("R0", h1, today.minusMonths(6));
    HttpResponse<String> run = Http.post(gas.api("blacklist/runs"), "", gas.as("boss"));
    assertEquals(1, Http.json(run).getInt("listed"), run.body());
    byte[] file =
        ("收据号,卡号,日期,气量,金额\r\n" + "R9,C-H1," + today + ",20,60\r\n")
            .getBytes(Charset.forName("GB18030"));
    String onList =
        "SELECT count(*) FROM gas_blacklist_entry WHERE tenant_id = ? AND left_on IS NULL";

    assertEquals(200, send(gas, "true", "text/csv", file, "en").statusCode());
    assertEquals(1, rows(gas.tenant, onList), "a preview changes nothing");

    JsonObject committed = Http.json(send(gas, "false", "text/csv", file, "en"));
    assertEquals(1, committed.getInt("added"));
    assertEquals(0, rows(gas.tenant, onList));
    assertEquals(
        1,
        GasWorklistData.count(
            "SELECT count(*) FROM gas_blacklist_entry e JOIN gas_task t ON t.tenant_id ="
                + " e.tenant_id AND t.id = e.task_id WHERE e.tenant_id = ? AND e.left_on = ?"
                + " AND e.leave_reason = ? AND t.status = 'CANCELLED'",
            gas.tenant,
            today,
            "已于" + today + "购气"));
  }

  @Test
  void anExcelExportIsImportedOnceWithDateCells() throws Exception {
    GasCompany gas = new GasCompany(base.toURI(), "gaspur-xlsx");
    long north = gas.area("N", "North");
    gas.household("X1", north, "1 Road");
    gas.user("clerk", "auditor");
    gas.user("walker", "inspector");
    byte[] file = workbook();

    assertEquals(403, sendAs(gas, "walker", XLSX, file).statusCode());
    HttpResponse<String> first = sendAs(gas, "clerk", XLSX, file);
    assertEquals(200, first.statusCode(), first.body());
    assertEquals(2, Http.json(first).getInt("added"), first.body());
    assertEquals(1, Http.json(first).getInt("refused"), first.body());
    assertEquals(
        1,
        rows(
            gas.tenant,
            "SELECT count(*) FROM gas_purchase WHERE tenant_id = ? AND source_key = 'XR-2'"
                + " AND purchased_on = DATE '2026-04-02' AND volume_m3 = 15.25"));
    HttpResponse<String> second = sendAs(gas, "clerk", XLSX, file);
    assertEquals(0, Http.json(second).getInt("added"), second.body());
    assertEquals(2, Http.json(second).getInt("alreadyPresent"), second.body());
    assertEquals(2, purchases(gas));
  }

  @Test
  void aJsonBatchIsIdempotentByReceiptNumberAndAnotherTenantsCardsAreUnknown() throws Exception {
    GasCompany a = new GasCompany(base.toURI(), "gaspur-json-a");
    GasCompany b = new GasCompany(base.toURI(), "gaspur-json-b");
    long aCustomer = a.household("J1", a.area("N", "North"), "1 Road");
    long bCustomer = b.household("JB", b.area("N", "North"), "1 Road");
    b.purchase("SHARED-1", bCustomer, LocalDate.of(2026, 1, 5));
    String batch =
        "[{\"receiptNo\":\"SHARED-1\",\"cardNo\":\"C-J1\",\"date\":\"2026-03-01\","
            + "\"volumeM3\":20,\"amountYuan\":60},"
            + "{\"receiptNo\":\"J-2\",\"cardNo\":\"C-JB\",\"date\":\"2026-03-01\","
            + "\"volumeM3\":20,\"amountYuan\":60},"
            + "{\"receiptNo\":\"J-3\",\"cardNo\":\"C-J1\",\"date\":\"2026-03-02\","
            + "\"volumeM3\":0,\"amountYuan\":-1}]";

    HttpResponse<String> first = Http.post(a.api("purchases"), batch, a.asAdmin());
    assertEquals(200, first.statusCode(), first.body());
    JsonObject outcome = Http.json(first);
    // B's receipt number is no concern of A's, and B's card is unknown to A.
    assertEquals(1, outcome.getInt("added"));
    assertEquals(2, outcome.getInt("refused"));
    assertEquals(
        new TreeMap<>(
            Map.of(
                1, "ADDED",
                2, "REFUSED cardNo:registry.purchase.cardUnknown",
                3,
                    "REFUSED volumeM3:registry.purchase.volumeNotPositive"
                        + " amountYuan:registry.purchase.amountNegative")),
        verdicts(outcome));
    JsonObject second = Http.json(Http.post(a.api("purchases"), batch, a.asAdmin()));
    assertEquals(0, second.getInt("added"));
    assertEquals(1, second.getInt("alreadyPresent"));
    assertEquals(1, purchases(a));
    assertEquals(1, purchases(b));
    assertEquals(
        aCustomer, rows(a.tenant, "SELECT customer_id FROM gas_purchase WHERE tenant_id = ?"));
    assertEquals(400, Http.post(a.api("purchases"), "[]", a.asAdmin()).statusCode());
  }

  @Test
  void filesTooLargeOrOfTheWrongKindAreRefusedWhole() throws Exception {
    GasCompany gas = new GasCompany(base.toURI(), "gaspur-refuse");
    byte[] huge = new byte[10 * 1024 * 1024 + 10];
    java.util.Arrays.fill(huge, (byte) 'a');
    HttpResponse<String> tooLarge = send(gas, "false", "text/csv", huge, "en");
    assertEquals(413, tooLarge.statusCode(), tooLarge.body());
    assertTrue(tooLarge.body().contains("larger than 10 MB"), tooLarge.body());

    HttpResponse<String> pdf =
        send(gas, "false", "application/pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8), "zh-CN");
    assertEquals(415, pdf.statusCode(), pdf.body());
    assertTrue(pdf.body().contains("请上传 CSV 文件"), pdf.body());
    assertEquals(
        415,
        send(gas, "false", XLSX, "not,a,zip".getBytes(StandardCharsets.UTF_8), "en").statusCode());

    HttpResponse<String> noColumns =
        send(gas, "true", "text/csv", "a,b\r\n1,2\r\n".getBytes(StandardCharsets.UTF_8), "en");
    assertEquals(400, noColumns.statusCode(), noColumns.body());
    assertTrue(noColumns.body().contains("registry.import.columnsMissing"), noColumns.body());
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

  private static long purchases(GasCompany gas) throws Exception {
    return rows(gas.tenant, "SELECT count(*) FROM gas_purchase WHERE tenant_id = ?");
  }

  private static byte[] workbook() throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = book.createSheet("sales");
      CellStyle dateStyle = book.createCellStyle();
      dateStyle.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("m/d/yy"));
      Object[][] data = {
        {"Receipt no", "Card no", "Date", "Volume (m3)", "Amount (yuan)"},
        {"XR-1", "C-X1", LocalDate.of(2026, 4, 1), 20.0, 60.0},
        {"XR-2", "C-X1", LocalDate.of(2026, 4, 2), 15.25, 45.75},
        {"XR-3", "C-NONE", LocalDate.of(2026, 4, 3), 10.0, 30.0}
      };
      for (int r = 0; r < data.length; r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < data[r].length; c++) {
          Object v = data[r][c];
          if (v instanceof String s) {
            row.createCell(c).setCellValue(s);
          } else if (v instanceof LocalDate d) {
            row.createCell(c).setCellValue(d);
            row.getCell(c).setCellStyle(dateStyle);
          } else {
            row.createCell(c).setCellValue((Double) v);
          }
        }
      }
      book.write(out);
      return out.toByteArray();
    }
  }

  private static HttpResponse<String> send(
      GasCompany gas, String dryRun, String type, byte[] body, String language) {
    return post(
        gas.root,
        gas.api("purchases/import?dryRun=" + dryRun),
        Http.token(gas.root, gas.tenant, TestTenants.adminEmail(gas.tenant), TestTenants.PASSWORD),
        type,
        body,
        language);
  }

  private static HttpResponse<String> sendAs(
      GasCompany gas, String user, String type, byte[] body) {
    return post(
        gas.root,
        gas.api("purchases/import"),
        Http.token(gas.root, gas.tenant, gas.person(user).email(), GasCompany.PASSWORD),
        type,
        body,
        "en");
  }

  private static HttpResponse<String> post(
      URI root, URI uri, String token, String type, byte[] body, String language) {
    try {
      return HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(uri)
                  .header("Authorization", "Bearer " + token)
                  .header("Content-Type", type)
                  .header("Accept-Language", language)
                  .timeout(Duration.ofSeconds(120))
                  .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
