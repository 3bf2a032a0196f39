package com.opsuite.it;

import static com.opsuite.it.ApprovalOrg.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Notifications of approvals, in the product and by mail (read from GreenMail): the approvers a
 * step asks, the submitter at the outcome; a user who switched mail off still gets the in-app line;
 * mail is written in the language the user chose (else the tenant's, Chinese); nobody reads or
 * marks another user's notifications.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationsIT {

  static Mailbox mail;

  @ArquillianResource URL base;

  @BeforeAll
  static void startMailServer() {
    mail = Mailbox.start();
  }

  @AfterAll
  static void stopMailServer() {
    mail.close();
  }

  @Test
  void theApproversAreToldOfTheStepAndTheSubmitterOfTheOutcome() throws Exception {
    ApprovalOrg org = new ApprovalOrg(base.toURI(), "notify-flow");
    long claim = id(org.claim("clerk", "EC-N1", 100));

    JsonObject inbox = notifications(org, "manager1", "en");
    assertEquals(1, inbox.getInt("unread"), inbox.toString());
    JsonObject line = inbox.getJsonArray("items").getJsonObject(0);
    assertEquals("ASSIGNED", line.getString("kind"));
    assertEquals(claim, line.getJsonNumber("approvalId").longValue());
    assertEquals(
        "Waiting for your decision: Claim EC-N1 (Expense claim, step 1: Manager check)",
        line.getString("text"));
    assertFalse(line.getBoolean("read"));
    assertEquals(
        "待您审批：Claim EC-N1（费用报销，第 1 步：直属上级审核）",
        notifications(org, "manager1", "zh-CN")
            .getJsonArray("items")
            .getJsonObject(0)
            .getString("text"),
        "the line in the reader's language");

    // The tenant's language (Chinese) for whoever chose none; a link that opens the approval.
    MimeMessage asked = mail.first(org.person("manager1").email());
    assertEquals("Opsuite：待您审批：Claim EC-N1（费用报销，第 1 步：直属上级审核）", asked.getSubject());
    String body = Mailbox.body(asked);
    assertTrue(body.startsWith("manager1，您好："), body);
    Matcher link =
        Pattern.compile(
                "(http\\S+/t/" + org.tenant + "/core/approvals\\.xhtml\\?open=" + claim + ")")
            .matcher(body);
    assertTrue(link.find(), body);
    mail.first(org.person("manager2").email());
    HttpResponse<String> page =
        Http.get(
            URI.create(link.group(1)),
            Http.pageSession(
                base.toURI(), org.tenant, org.person("manager1").email(), ApprovalOrg.PASSWORD));
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("data-ref=\"EC-N1\""), "the approval is listed");
    assertTrue(page.body().contains("ops-approval-detail"), "and opened");

    org.acted("manager2", claim, "approve", null);
    MimeMessage outcome = mail.first(org.person("clerk").email());
    assertEquals("Opsuite：已通过：Claim EC-N1（费用报销）", outcome.getSubject());
    JsonObject clerk = notifications(org, "clerk", "en");
    assertEquals(1, clerk.getInt("unread"), clerk.toString());
    JsonObject approved = clerk.getJsonArray("items").getJsonObject(0);
    assertEquals("APPROVED", approved.getString("kind"));
    assertEquals("Approved: Claim EC-N1 (Expense claim)", approved.getString("text"));

    long id = approved.getJsonNumber("id").longValue();
    assertEquals(204, markRead(org, "clerk", id).statusCode());
    assertEquals(204, markRead(org, "clerk", id).statusCode(), "marking again does no harm");
    JsonObject after = notifications(org, "clerk", "en");
    assertEquals(0, after.getInt("unread"));
    assertTrue(after.getJsonArray("items").getJsonObject(0).getBoolean("read"));

    // A second claim asks both managers again; one call marks everything read.
    long second = id(org.claim("clerk2", "EC-N2", 100));
    assertEquals(2, notifications(org, "manager1", "en").getInt("unread"));
    HttpResponse<String> all = Http.post(org.api("notifications/read"), "{}", org.as("manager1"));
    assertEquals(200, all.statusCode(), all.body());
    assertEquals(2, Http.json(all).getInt("marked"));
    assertEquals(0, notifications(org, "manager1", "en").getInt("unread"));

    // Returned for revision: the submitter is told, in the app and by mail.
    org.acted("manager1", second, "return", "Attach the receipt");
    MimeMessage returned = mail.first(org.person("clerk2").email());
    assertTrue(returned.getSubject().contains("已退回给你修改"), returned.getSubject());
    JsonObject back = notifications(org, "clerk2", "en").getJsonArray("items").getJsonObject(0);
    assertEquals("RETURNED", back.getString("kind"));
    assertTrue(back.getString("text").startsWith("Returned to you for revision: Claim EC-N2"));
  }

  @Test
  void mailFollowsEachUsersChoiceAndTheLineIsWrittenAnyway() throws Exception {
    ApprovalOrg org = new ApprovalOrg(base.toURI(), "notify-pref");
    JsonObject defaults = preferences(org, "manager1");
    assertTrue(defaults.getBoolean("emailEnabled"));
    assertFalse(defaults.containsKey("mailLanguage"), "none chosen: " + defaults);
    assertEquals("zh-CN", defaults.getString("effectiveMailLanguage"), "the tenant's language");

    JsonObject off = savePreferences(org, "manager1", "{\"emailEnabled\": false}");
    assertFalse(off.getBoolean("emailEnabled"));
    JsonObject english = savePreferences(org, "manager2", "{\"mailLanguage\": \"en\"}");
    assertTrue(english.getBoolean("emailEnabled"), "an omitted switch stays on");
    assertEquals("en", english.getString("effectiveMailLanguage"));
    HttpResponse<String> klingon =
        Http.put(
            org.api("notifications/preferences"),
            "{\"mailLanguage\": \"tlh\"}",
            org.as("manager2", "Accept-Language", "en"));
    assertEquals(400, klingon.statusCode(), klingon.body());
    assertTrue(klingon.body().contains("Choose Chinese (zh-CN) or English (en)"), klingon.body());
    assertEquals("en", preferences(org, "manager2").getString("mailLanguage"), "unchanged");

    // Both managers are asked in one transaction, so both mails leave together: once manager2's
    // has arrived, manager1's would have too.
    long claim = id(org.claim("clerk", "EC-P1", 100));
    MimeMessage english2 = mail.first(org.person("manager2").email());
    assertEquals(
        "Opsuite: Waiting for your decision: Claim EC-P1 (Expense claim, step 1: Manager check)",
        english2.getSubject());
    String body = Mailbox.body(english2);
    assertTrue(body.startsWith("Hello manager2,"), body);
    assertTrue(body.contains("Step 1: Manager check"), body);
    assertTrue(body.contains("To be decided by: "), body);
    Thread.sleep(2000);
    assertEquals(List.of(), mail.to(org.person("manager1").email()), "manager1 opted out");
    JsonObject line = notifications(org, "manager1", "en").getJsonArray("items").getJsonObject(0);
    assertEquals(claim, line.getJsonNumber("approvalId").longValue(), "the line is written anyway");

    // A deactivated account is never mailed.
    savePreferences(org, "manager1", "{\"emailEnabled\": true}");
    HttpResponse<String> deactivated =
        Http.put(
            org.api("users/" + org.person("manager2").userId() + "/active"),
            "false",
            Http.asTenant(org.tenant));
    assertEquals(200, deactivated.statusCode(), deactivated.body());
    org.claim("clerk2", "EC-P2", 100);
    MimeMessage toManager1 = mail.first(org.person("manager1").email());
    assertTrue(toManager1.getSubject().contains("EC-P2"), toManager1.getSubject());
    Thread.sleep(2000);
    assertEquals(1, mail.to(org.person("manager2").email()).size(), "only the first claim's");

    // The submitter's own withdrawal: recorded for them, already read, not mailed.
    org.acted("clerk", claim, "withdraw", null);
    JsonObject clerk = notifications(org, "clerk", "en");
    assertEquals("WITHDRAWN", clerk.getJsonArray("items").getJsonObject(0).getString("kind"));
    assertEquals(0, clerk.getInt("unread"));
    Thread.sleep(2000);
    assertEquals(List.of(), mail.to(org.person("clerk").email()));
  }

  @Test
  void nobodyReadsOrMarksSomeoneElsesNotification() throws Exception {
    ApprovalOrg org = new ApprovalOrg(base.toURI(), "notify-own");
    org.claim("clerk", "EC-O1", 100);
    JsonObject mine = notifications(org, "manager1", "en");
    long id = mine.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();

    for (String other : List.of("manager2", "clerk")) {
      HttpResponse<String> refused = markRead(org, other, id);
      assertEquals(404, refused.statusCode(), other + ": " + refused.body());
      assertTrue(
          notifications(org, other, "en").getJsonArray("items").stream()
              .map(JsonObject.class::cast)
              .noneMatch(n -> n.getJsonNumber("id").longValue() == id),
          other + " does not see it");
    }
    HttpResponse<String> admin =
        Http.post(org.api("notifications/" + id + "/read"), "{}", Http.asTenant(org.tenant));
    assertEquals(404, admin.statusCode(), "not even an administrator");

    ApprovalOrg elsewhere = new ApprovalOrg(base.toURI(), "notify-other");
    assertEquals(404, markRead(elsewhere, "manager1", id).statusCode(), "nor another tenant");
    assertEquals(
        401, Http.post(org.api("notifications/" + id + "/read"), "{}").statusCode(), "no token");

    assertEquals(1, notifications(org, "manager1", "en").getInt("unread"), "still unread");
  }

  // --- helpers ---

  private static JsonObject notifications(ApprovalOrg org, String who, String language) {
    HttpResponse<String> response =
        Http.get(org.api("notifications"), org.as(who, "Accept-Language", language));
    assertEquals(200, response.statusCode(), response.body());
    return Http.json(response);
  }

  private static HttpResponse<String> markRead(ApprovalOrg org, String who, long id) {
    return Http.post(org.api("notifications/" + id + "/read"), "{}", org.as(who));
  }

  private static JsonObject preferences(ApprovalOrg org, String who) {
    HttpResponse<String> response = Http.get(org.api("notifications/preferences"), org.as(who));
    assertEquals(200, response.statusCode(), response.body());
    return Http.json(response);
  }

  private static JsonObject savePreferences(ApprovalOrg org, String who, String json) {
    HttpResponse<String> response =
        Http.put(org.api("notifications/preferences"), json, org.as(who));
    assertEquals(200, response.statusCode(), response.body());
    return Http.json(response);
  }
}
