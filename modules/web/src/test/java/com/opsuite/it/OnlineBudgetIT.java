package com.opsuite.it;

import static com.opsuite.it.OnlineDesignData.money;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The operations budget and expense claims: monthly amounts per category guarded by a version,
 * claims with a checked invoice submitted through core's expense-claim chain, counted against the
 * budget once approved and not before, over-budget reported on submission; another tenant and
 * another claimant reach nothing.
 */
@ExtendWith(ArquillianExtension.class)
class OnlineBudgetIT {

  @ArquillianResource URL base;

  @Test
  void approvedClaimsAndOnlyThoseConsumeTheBudgetExactly() throws Exception {
    OnlineDesignData d = new OnlineDesignData(base.toURI(), "obudget-use");
    LocalDate today = LocalDate.now();
    int year = today.getYear();
    int month = today.getMonthValue();

    HttpResponse<String> set = d.setBudget("manager1", year, "PROMOTION", "3000.00", 0);
    assertEquals(200, set.statusCode(), set.body());
    long version = Http.json(set).getJsonNumber("version").longValue();
    assertEquals(
        new BigDecimal("36000.00"), money(Http.json(set).getJsonObject("total"), "budget"));
    // Someone who read the year before this change: 409. A claimant cannot set budgets: 403.
    HttpResponse<String> stale = d.setBudget("manager2", year, "PROMOTION", "1.00", 0);
    assertEquals(409, stale.statusCode(), stale.body());
    assertTrue(stale.body().contains("changed this budget meanwhile"), stale.body());
    assertEquals(403, d.setBudget("clerk", year, "PROMOTION", "1.00", version).statusCode());
    assertEquals(400, d.setBudget("manager1", year, "PROMOTION", "-1", version).statusCode());

    JsonObject first = d.claim("clerk", "PROMOTION", "1234.56", today);
    long firstId = first.getJsonNumber("id").longValue();
    assertEquals("DRAFT", first.getString("status"));
    // No invoice yet: not submittable.
    HttpResponse<String> bare = d.submitClaim("clerk", firstId);
    assertEquals(409, bare.statusCode(), bare.body());
    assertTrue(bare.body().contains("Attach the invoice"), bare.body());

    HttpResponse<String> attached =
        d.upload(
            "clerk",
            d.co.api("expense-claims/" + firstId + "/invoice?name=receipt.pdf"),
            "application/pdf",
            OnlineDesignData.PDF);
    assertEquals(200, attached.statusCode(), attached.body());
    String sha =
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(OnlineDesignData.PDF));
    assertEquals(sha, Http.json(attached).getString("invoiceSha256"));
    assertEquals("application/pdf", Http.json(attached).getString("invoiceType"));

    HttpResponse<String> submitted = d.submitClaim("clerk", firstId);
    assertEquals(200, submitted.statusCode(), submitted.body());
    JsonObject submission = Http.json(submitted);
    assertFalse(submission.getBoolean("overBudget"));
    assertEquals("SUBMITTED", submission.getJsonObject("claim").getString("status"));
    long approval = submission.getJsonObject("claim").getJsonNumber("approvalId").longValue();
    JsonObject chain = d.co.org.get("clerk", approval);
    assertEquals("core.expense-claim", chain.getJsonObject("approval").getString("type"));
    assertEquals("manager1,manager2", ApprovalOrg.approvers(chain, 1));
    // Submitted twice: 409.
    assertEquals(409, d.submitClaim("clerk", firstId).statusCode());

    // In its approval the claim does not count yet.
    JsonObject pending = d.cell("manager1", year, "PROMOTION", month);
    assertEquals(new BigDecimal("0.00"), money(pending, "claims"));
    assertEquals(new BigDecimal("3000.00"), money(pending, "remaining"));

    d.co.org.acted("manager1", approval, "approve", null);
    JsonObject counted = d.cell("manager1", year, "PROMOTION", month);
    assertEquals(new BigDecimal("1234.56"), money(counted, "claims"));
    assertEquals(new BigDecimal("1234.56"), money(counted, "spent"));
    assertEquals(new BigDecimal("1765.44"), money(counted, "remaining"));
    assertFalse(counted.getBoolean("over"));

    // A claim that would go over the month's budget: a warning on submission, not a refusal.
    JsonObject big = d.claim("clerk", "PROMOTION", "1800.00", today);
    long bigId = big.getJsonNumber("id").longValue();
    assertEquals(
        200,
        d.upload(
                "clerk",
                d.co.api("expense-claims/" + bigId + "/invoice"),
                "image/png",
                OnlineDesignData.PNG)
            .statusCode());
    JsonObject over = Http.json(d.submitClaim("clerk", bigId));
    assertTrue(over.getBoolean("overBudget"), over.toString());
    assertEquals(new BigDecimal("1765.44"), money(over.getJsonObject("month"), "remaining"));
    // Rejected: it never counts.
    long bigApproval = over.getJsonObject("claim").getJsonNumber("approvalId").longValue();
    d.co.org.acted("manager2", bigApproval, "reject", "No receipt for the taxi");
    assertEquals(
        new BigDecimal("1234.56"), money(d.cell("manager1", year, "PROMOTION", month), "claims"));
    assertEquals(
        "REJECTED",
        Http.json(Http.get(d.co.api("expense-claims/" + bigId), d.co.as("clerk")))
            .getString("status"));

    // Another one approved: sums stay exact, and the month goes over.
    JsonObject third = d.claim("clerk2", "PROMOTION", "1765.45", today);
    long thirdId = third.getJsonNumber("id").longValue();
    d.upload(
        "clerk2",
        d.co.api("expense-claims/" + thirdId + "/invoice"),
        "image/png",
        OnlineDesignData.PNG);
    JsonObject thirdSubmitted = Http.json(d.submitClaim("clerk2", thirdId));
    assertTrue(thirdSubmitted.getBoolean("overBudget"));
    d.co.org.acted(
        "manager1",
        thirdSubmitted.getJsonObject("claim").getJsonNumber("approvalId").longValue(),
        "approve",
        null);
    JsonObject after = d.cell("manager1", year, "PROMOTION", month);
    assertEquals(new BigDecimal("3000.01"), money(after, "claims"));
    assertEquals(new BigDecimal("-0.01"), money(after, "remaining"));
    assertTrue(after.getBoolean("over"));
    // Other categories are untouched.
    assertEquals(new BigDecimal("0.00"), money(d.cell("manager1", year, "STAFF", month), "spent"));

    // Everyone's claims for the budget holder, one's own for a claimant.
    assertEquals(
        3,
        Http.json(Http.get(d.co.api("expense-claims?all=true"), d.co.as("manager1")))
            .getInt("total"));
    assertEquals(
        2,
        Http.json(Http.get(d.co.api("expense-claims?all=true"), d.co.as("clerk"))).getInt("total"));
    assertEquals(
        1,
        Http.json(
                Http.get(d.co.api("expense-claims?all=true&status=REJECTED"), d.co.as("manager1")))
            .getInt("total"));

    HttpResponse<String> excel =
        Http.get(d.co.api("budgets/" + year + "/tracking.xlsx"), d.co.as("manager1"));
    assertEquals(200, excel.statusCode());
    assertTrue(excel.headers().firstValue("Content-Type").orElse("").contains("spreadsheetml"));
    assertTrue(excel.body().startsWith("PK"), "an xlsx is a zip");
    HttpResponse<String> csv =
        Http.get(
            d.co.api("budgets/" + year + "/tracking.csv"),
            d.co.as("manager1", "Accept-Language", "en"));
    assertEquals(200, csv.statusCode());
    String month2 = String.format("%d-%02d", year, month);
    assertTrue(
        csv.body()
            .contains("Promotion," + month2 + ",3000.00,3000.01,0.00,3000.01,-0.01,Over budget"),
        csv.body());
  }

  @Test
  void invoicesAreBoundedBySizeAndCheckedByContent() throws Exception {
    OnlineDesignData d = new OnlineDesignData(base.toURI(), "obudget-files");
    long id = d.claim("clerk", "OTHER", "10.00", LocalDate.now()).getJsonNumber("id").longValue();
    URI invoice = d.co.api("expense-claims/" + id + "/invoice");

    byte[] huge = new byte[5 * 1024 * 1024 + 1];
    System.arraycopy(OnlineDesignData.PDF, 0, huge, 0, OnlineDesignData.PDF.length);
    HttpResponse<String> tooLarge = d.upload("clerk", invoice, "application/pdf", huge);
    assertEquals(413, tooLarge.statusCode(), tooLarge.body());
    assertTrue(tooLarge.body().contains("at most 5 MB"), tooLarge.body());

    HttpResponse<String> text = d.upload("clerk", invoice, "text/plain", "hello".getBytes());
    assertEquals(415, text.statusCode(), text.body());
    // A declared PDF that is an executable: refused by its bytes.
    HttpResponse<String> fake =
        d.upload("clerk", invoice, "application/pdf", new byte[] {'M', 'Z', 0, 0, 1, 2, 3, 4});
    assertEquals(415, fake.statusCode(), fake.body());
    // A PNG declared as a PDF: the types disagree.
    assertEquals(
        415, d.upload("clerk", invoice, "application/pdf", OnlineDesignData.PNG).statusCode());
    assertEquals(400, d.upload("clerk", invoice, "application/pdf", new byte[0]).statusCode());

    JsonObject claim = Http.json(Http.get(d.co.api("expense-claims/" + id), d.co.as("clerk")));
    assertFalse(
        claim.containsKey("invoiceSha256") && !claim.isNull("invoiceSha256"),
        "nothing was stored: " + claim);

    assertEquals(200, d.upload("clerk", invoice, "image/png", OnlineDesignData.PNG).statusCode());
    HttpResponse<String> back = Http.get(invoice, d.co.as("clerk"));
    assertEquals(200, back.statusCode());
    assertEquals("image/png", back.headers().firstValue("Content-Type").orElse(""));

    // Validation of the claim itself.
    HttpResponse<String> negative =
        Http.post(
            d.co.api("expense-claims"),
            "{\"category\":\"OTHER\",\"amount\":-5,\"spentOn\":\""
                + LocalDate.now()
                + "\",\"description\":\"x\"}",
            d.co.as("clerk", "Accept-Language", "zh-CN"));
    assertEquals(400, negative.statusCode(), negative.body());
    assertTrue(negative.body().contains("大于 0"), negative.body());
  }

  @Test
  void anotherTenantAndAnotherClaimantReachNothing() throws Exception {
    OnlineDesignData a = new OnlineDesignData(base.toURI(), "obudget-iso-a");
    OnlineDesignData b = new OnlineDesignData(base.toURI(), "obudget-iso-b");
    int year = LocalDate.now().getYear();
    assertEquals(200, a.setBudget("manager1", year, "STAFF", "500.00", 0).statusCode());
    long id = a.claim("clerk", "STAFF", "75.25", LocalDate.now()).getJsonNumber("id").longValue();
    URI invoice = a.co.api("expense-claims/" + id + "/invoice");
    assertEquals(200, a.upload("clerk", invoice, "image/png", OnlineDesignData.PNG).statusCode());

    // B's people guess A's claim id.
    assertEquals(404, Http.get(b.co.api("expense-claims/" + id), b.co.as("manager1")).statusCode());
    assertEquals(
        404,
        Http.get(b.co.api("expense-claims/" + id + "/invoice"), b.co.as("manager1")).statusCode());
    assertEquals(404, b.submitClaim("clerk", id).statusCode());
    assertEquals(
        404,
        b.upload(
                "clerk",
                b.co.api("expense-claims/" + id + "/invoice"),
                "application/pdf",
                OnlineDesignData.PDF)
            .statusCode());
    assertEquals(
        0,
        Http.json(Http.get(b.co.api("expense-claims?all=true"), b.co.as("manager1")))
            .getInt("total"));
    // B's budget of the year is B's: nothing of A's.
    assertEquals(new BigDecimal("0.00"), money(b.cell("manager1", year, "STAFF", 1), "budget"));
    // Another claimant of A: 404 too; A's claim is unchanged.
    assertEquals(404, Http.get(a.co.api("expense-claims/" + id), a.co.as("clerk2")).statusCode());
    assertEquals(404, a.submitClaim("clerk2", id).statusCode());
    JsonObject unchanged = Http.json(Http.get(a.co.api("expense-claims/" + id), a.co.as("clerk")));
    assertEquals("DRAFT", unchanged.getString("status"));
    HttpResponse<String> file = Http.get(invoice, a.co.as("clerk"));
    assertEquals(200, file.statusCode());
    assertEquals(
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(OnlineDesignData.PNG)),
        file.headers().firstValue("X-Content-SHA256").orElse(""));
    assertEquals(new BigDecimal("500.00"), money(a.cell("manager1", year, "STAFF", 1), "budget"));

    // The budget page: A's figures for A, none of them for B.
    String mine = page(a, a.co.tenant, "manager1", "budget.xhtml");
    assertTrue(mine.startsWith("200"), mine);
    assertTrue(mine.contains("75.25"), "A's claim is listed");
    String theirs = page(b, b.co.tenant, "manager1", "budget.xhtml");
    assertTrue(theirs.startsWith("200"), theirs);
    assertFalse(theirs.contains("75.25"), theirs);
  }

  private String page(OnlineDesignData d, String tenant, String user, String page)
      throws Exception {
    HttpResponse<String> r =
        Http.get(
            URI.create(base + "t/" + tenant + "/online-ops/" + page),
            Http.pageSession(
                base.toURI(), d.co.tenant, d.co.org.person(user).email(), ApprovalOrg.PASSWORD));
    return r.statusCode() + "\n" + r.body();
  }
}
