package com.opsuite.it;

import static com.opsuite.it.OnlineContentData.draft;
import static com.opsuite.it.OnlineContentData.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The content lifecycle against the container: draft, proofread by its owner, review through the
 * online.content chain (the manager alone, or the manager and then the general manager when the
 * item concerns a company project), scheduled, published per platform by its owner or publishers,
 * archived; returned and rejected reviews go back to draft with the reviewer's comment; each save a
 * revision; stale versions and illegal steps answer 409 in the caller's language; and another
 * tenant guessing ids finds nothing and changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class OnlineContentIT {

  @ArquillianResource URL base;

  private OnlineContentData data(String prefix) throws Exception {
    return new OnlineContentData(base.toURI(), prefix);
  }

  @Test
  void withoutACompanyProjectTheManagerAloneReviewsThenOwnersAndPublishersPublish()
      throws Exception {
    OnlineContentData d = data("ocont-life");
    HttpResponse<String> created =
        d.create(
            "clerk",
            draft("Spring fair", "NEWS", false, d.website, d.wechat)
                .add("body", "<p>Come <b>early</b></p><script>alert(1)</script>"));
    assertEquals(201, created.statusCode(), created.body());
    JsonObject item = item(Http.json(created));
    long id = item.getJsonNumber("id").longValue();
    assertEquals("DRAFT", item.getString("status"));
    assertEquals(1, item.getInt("revision"));
    assertEquals("<p>Come <b>early</b></p>", item.getString("body"), "rich text is cleaned");
    assertEquals(d.co.userId("clerk"), item.getJsonNumber("ownerId").longValue());
    assertEquals(2, Http.json(created).getJsonArray("targets").size());

    // Not yet proofread: no review. Only the owner proofreads.
    HttpResponse<String> early = d.step("clerk", id, "submission", "en");
    assertEquals(409, early.statusCode(), early.body());
    assertEquals(
        "Only a proofread item can be sent for review.", Http.json(early).getString("detail"));
    HttpResponse<String> notOwner = d.step("clerk2", id, "proofread", "zh-CN");
    assertEquals(403, notOwner.statusCode(), notOwner.body());
    assertEquals("只有内容负责人才能确认自校。", Http.json(notOwner).getString("detail"));
    assertEquals("PROOFREAD", item(d.stepped("clerk", id, "proofread")).getString("status"));

    JsonObject submitted = d.stepped("clerk", id, "submission");
    assertEquals("IN_REVIEW", item(submitted).getString("status"));
    long approval = item(submitted).getJsonNumber("approvalId").longValue();
    JsonObject review = d.co.org.get("clerk", approval);
    assertEquals("ACTIVE,SKIPPED", ApprovalOrg.steps(review), "no general manager's step");
    assertTrue(ApprovalOrg.approvers(review, 1).contains("manager1"));
    assertEquals("online.content", review.getJsonObject("approval").getString("type"));

    // In review nothing is edited or archived.
    assertEquals(
        409, d.update("clerk", id, draft("Changed", "NEWS", false), d.version(id)).statusCode());
    assertEquals(409, d.step("clerk", id, "archive", "en").statusCode());

    d.co.org.acted("manager1", approval, "approve", null);
    assertEquals("SCHEDULED", d.status(id));

    // Publishing needs the permission, and then being the platform's owner or publisher.
    assertEquals(
        403, d.publish("clerk", id, d.wechat, "https://mp.weixin.qq.com/s/1").statusCode());
    HttpResponse<String> notPublisher =
        d.publish("manager1", id, d.wechat, "https://mp.weixin.qq.com/s/1");
    assertEquals(403, notPublisher.statusCode(), notPublisher.body());
    assertEquals(
        "Only the platform's account owner or its publishers may publish on it.",
        Http.json(notPublisher).getString("detail"));
    HttpResponse<String> badLink = d.publish("manager1", id, d.website, "javascript:alert(1)");
    assertEquals("content.link.invalid", Refusals.errorCode(badLink));

    d.co.grant("clerk2", "promoter");
    d.co.execute(
        "INSERT INTO online_platform_publisher (tenant_id, platform_id, user_id) VALUES (?, ?, ?)",
        d.co.tenant,
        d.wechat,
        d.co.userId("clerk2"));
    HttpResponse<String> onWechat =
        d.publish("clerk2", id, d.wechat, "https://mp.weixin.qq.com/s/1");
    assertEquals(200, onWechat.statusCode(), onWechat.body());
    assertEquals("SCHEDULED", item(Http.json(onWechat)).getString("status"), "one platform left");
    assertEquals(
        409, d.publish("clerk2", id, d.wechat, "https://mp.weixin.qq.com/s/2").statusCode());

    HttpResponse<String> onWebsite =
        d.publish("manager1", id, d.website, "https://example.com/news/spring-fair");
    assertEquals(200, onWebsite.statusCode(), onWebsite.body());
    JsonObject published = Http.json(onWebsite);
    assertEquals("PUBLISHED", item(published).getString("status"));
    List<JsonObject> targets = published.getJsonArray("targets").getValuesAs(JsonObject.class);
    assertTrue(
        targets.stream()
            .anyMatch(
                t ->
                    "https://example.com/news/spring-fair".equals(t.getString("link"))
                        && "manager1".equals(t.getString("publishedBy"))),
        targets.toString());
    assertEquals(
        409, d.update("clerk", id, draft("Late", "NEWS", false), d.version(id)).statusCode());

    assertEquals("ARCHIVED", item(d.stepped("clerk", id, "archive")).getString("status"));
    HttpResponse<String> again = d.step("clerk", id, "archive", "zh-CN");
    assertEquals(409, again.statusCode());
    assertEquals("审核中或已归档的内容不能归档。", Http.json(again).getString("detail"));
  }

  @Test
  void aCompanyProjectAddsTheGeneralManagersConfirmation() throws Exception {
    OnlineContentData d = data("ocont-gm");
    long id = d.created("clerk", draft("New plant opens", "NEWS", true, d.website));
    long approval = d.proofreadAndSubmit(id);
    assertEquals("ACTIVE,WAITING", ApprovalOrg.steps(d.co.org.get("clerk", approval)));

    d.co.org.acted("manager1", approval, "approve", null);
    assertEquals("IN_REVIEW", d.status(id), "the general manager has not confirmed yet");
    JsonObject atGm = d.co.org.get("clerk", approval);
    assertEquals("APPROVED,ACTIVE", ApprovalOrg.steps(atGm));
    assertEquals("gm", ApprovalOrg.approvers(atGm, 2));

    d.co.org.acted("gm", approval, "approve", null);
    assertEquals("SCHEDULED", d.status(id));
    JsonObject detail = d.detail("clerk", id);
    assertEquals("APPROVED", detail.getJsonObject("review").getString("status"));
  }

  @Test
  void returnedOrRejectedGoBackToDraftWithTheReviewersComment() throws Exception {
    OnlineContentData d = data("ocont-ret");
    long id = d.created("clerk", draft("Recruiting designers", "RECRUITMENT", false, d.website));
    long first = d.proofreadAndSubmit(id);
    d.co.org.acted("manager2", first, "return", "The closing date is missing");
    JsonObject returned = d.detail("clerk", id);
    assertEquals("DRAFT", item(returned).getString("status"));
    assertEquals("The closing date is missing", item(returned).getString("reviewComment"));
    assertEquals("RETURNED", returned.getJsonObject("review").getString("status"));
    assertTrue(
        returned
            .getJsonObject("review")
            .getJsonArray("history")
            .toString()
            .contains("The closing date is missing"));

    // Revised, proofread again and resubmitted: a new review; the returned one is withdrawn.
    HttpResponse<String> revised =
        d.update(
            "clerk",
            id,
            draft("Recruiting designers", "RECRUITMENT", false, d.website)
                .add("body", "<p>Apply by 31 March</p>")
                .add("note", "closing date"),
            d.version(id));
    assertEquals(200, revised.statusCode(), revised.body());
    assertEquals(2, item(Http.json(revised)).getInt("revision"));
    long second = d.proofreadAndSubmit(id);
    assertNotEquals(first, second);
    assertEquals("WITHDRAWN", ApprovalOrg.status(d.co.org.get("clerk", first)));
    assertFalse(
        item(d.detail("clerk", id)).containsKey("reviewComment"), "no comment while in review");
    d.co.org.acted("manager1", second, "approve", null);
    assertEquals("SCHEDULED", d.status(id));

    // Editing a scheduled item sends it back to draft, for a new review.
    HttpResponse<String> afterApproval =
        d.update(
            "clerk",
            id,
            draft("Recruiting designers (2)", "RECRUITMENT", false, d.website),
            d.version(id));
    assertEquals(200, afterApproval.statusCode(), afterApproval.body());
    assertEquals("DRAFT", item(Http.json(afterApproval)).getString("status"));
    assertEquals(3, item(Http.json(afterApproval)).getInt("revision"));

    // A rejection too, with its comment.
    long third = d.proofreadAndSubmit(id);
    d.co.org.acted("manager1", third, "reject", "Not this month");
    JsonObject rejected = d.detail("clerk", id);
    assertEquals("DRAFT", item(rejected).getString("status"));
    assertEquals("Not this month", item(rejected).getString("reviewComment"));
  }

  @Test
  void everySaveIsARevisionAndStaleOrInvalidWritesAreRefused() throws Exception {
    OnlineContentData d = data("ocont-rev");
    long id = d.created("clerk", draft("Industry outlook", "INDUSTRY", false, d.website));
    long v1 = d.version(id);
    HttpResponse<String> saved =
        d.update(
            "clerk",
            id,
            draft("Industry outlook 2027", "INDUSTRY", false, d.website, d.wechat)
                .add("note", "new year"),
            v1);
    assertEquals(200, saved.statusCode(), saved.body());
    assertEquals(2, item(Http.json(saved)).getInt("revision"));
    assertEquals(2, Http.json(saved).getJsonArray("targets").size());

    // The version read before the save is stale now: 409 with a clear message, in Chinese too.
    HttpResponse<String> stale =
        Http.put(
            d.co.api("content/" + id),
            draft("Lost update", "INDUSTRY", false).add("version", v1).build().toString(),
            d.co.as("clerk2", "Accept-Language", "zh-CN"));
    assertEquals(409, stale.statusCode(), stale.body());
    assertEquals("您打开后这条内容已被他人修改，请刷新后重试。", Http.json(stale).getString("detail"));
    // If-Match carries the version as well; the ETag of a read is it.
    HttpResponse<String> read = d.get("clerk2", id);
    String etag = read.headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> withIfMatch =
        Http.put(
            d.co.api("content/" + id),
            draft("Industry outlook 2027", "INDUSTRY", false, d.website).build().toString(),
            d.co.as("clerk2", "If-Match", etag));
    assertEquals(200, withIfMatch.statusCode(), withIfMatch.body());
    HttpResponse<String> staleIfMatch =
        Http.put(
            d.co.api("content/" + id),
            draft("Industry outlook 2027", "INDUSTRY", false, d.website).build().toString(),
            d.co.as("clerk2", "If-Match", etag));
    assertEquals(409, staleIfMatch.statusCode());
    HttpResponse<String> noVersion =
        Http.put(
            d.co.api("content/" + id),
            draft("x", "INDUSTRY", false).build().toString(),
            d.co.as("clerk2"));
    assertEquals("content.version.required", Refusals.errorCode(noVersion));

    List<JsonObject> revisions =
        Http.jsonArray(Http.get(d.co.api("content/" + id + "/revisions"), d.co.as("manager1")))
            .getValuesAs(JsonObject.class);
    assertEquals(List.of(3, 2, 1), revisions.stream().map(r -> r.getInt("revision")).toList());
    assertEquals("new year", revisions.get(1).getString("note"));
    assertEquals("clerk2", revisions.get(0).getString("author"));
    HttpResponse<String> firstRevision =
        Http.get(d.co.api("content/" + id + "/revisions/1"), d.co.as("clerk"));
    assertEquals(200, firstRevision.statusCode(), firstRevision.body());
    assertEquals("Industry outlook", Http.json(firstRevision).getString("title"));
    assertTrue(Http.json(firstRevision).getString("body").contains("Industry outlook"));
    assertEquals(
        404, Http.get(d.co.api("content/" + id + "/revisions/9"), d.co.as("clerk")).statusCode());

    // Bean Validation, worded from the module's bundle.
    assertEquals(
        "请填写标题。",
        Refusals.message(
            Http.post(
                d.co.api("content"),
                draft(" ", "NEWS", false).build().toString(),
                d.co.as("clerk", "Accept-Language", "zh-CN")),
            "title",
            "content.title.required"));
    assertEquals(
        "There is no content kind \"POEM\".",
        Refusals.message(
            d.create("clerk", draft("Poem", "POEM", false)), "kind", "content.kind.unknown"));
    assertEquals(
        "content.platform.unknown",
        Refusals.errorCode(d.create("clerk", draft("Nowhere", "NEWS", false, 987654321L))));
    assertEquals(
        "content.confidential.notAllowed",
        Refusals.errorCode(
            d.create("clerk", draft("Secret", "NEWS", false).add("confidential", true))));
    // Without the edit permission nothing is written.
    assertEquals(403, d.create("reviewer1", draft("Mine", "NEWS", false)).statusCode());
    assertEquals(403, d.get("reviewer1", id).statusCode());

    // The list pages and filters.
    long other = d.created("clerk2", draft("Promotion week", "PROMOTION", false, d.wechat));
    JsonObject all = Http.json(Http.get(d.co.api("content?size=1"), d.co.as("clerk")));
    assertEquals(2, all.getInt("total"));
    assertEquals(1, all.getJsonArray("items").size());
    JsonObject onWechat =
        Http.json(
            Http.get(
                d.co.api("content?platformId=" + d.wechat + "&kind=promotion"), d.co.as("clerk")));
    assertEquals(1, onWechat.getInt("total"));
    assertEquals(
        other, onWechat.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue());
    JsonObject byOwner =
        Http.json(
            Http.get(
                d.co.api("content?ownerId=" + d.co.userId("clerk") + "&status=DRAFT"),
                d.co.as("clerk")));
    assertEquals(1, byOwner.getInt("total"));
    assertEquals(
        id, byOwner.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue());
    HttpResponse<String> csv =
        Http.get(d.co.api("content/export.csv?kind=PROMOTION"), d.co.as("clerk"));
    assertEquals(200, csv.statusCode(), csv.body());
    assertTrue(csv.body().startsWith("\uFEFFid,title,kind,status"), csv.body());
    assertTrue(csv.body().contains("Promotion week") && !csv.body().contains("Industry"));
    assertEquals(
        "content.status.unknown",
        Refusals.errorCode(Http.get(d.co.api("content?status=LOST"), d.co.as("clerk"))));
  }

  @Test
  void anotherTenantGuessingIdsFindsNothingAndChangesNothing() throws Exception {
    OnlineContentData a = data("ocont-iso-a");
    OnlineContentData b = data("ocont-iso-b");
    long id = a.created("clerk", draft("Alpha secret plan", "ARTICLE", false, a.website));
    long approval = a.proofreadAndSubmit(id);
    a.co.org.acted("manager1", approval, "approve", null);
    JsonObject before = item(a.detail("clerk", id));

    String[] asB = b.co.as("clerk");
    String[] asBManager = b.co.as("manager1");
    String v =
        Json.createObjectBuilder()
            .add("version", before.getJsonNumber("version").longValue())
            .build()
            .toString();
    assertEquals(404, Http.get(b.co.api("content/" + id), asB).statusCode());
    assertEquals(
        404,
        Http.put(
                b.co.api("content/" + id),
                draft("Bravo took it", "ARTICLE", false).add("version", 1).build().toString(),
                asB)
            .statusCode());
    assertEquals(404, Http.post(b.co.api("content/" + id + "/proofread"), v, asB).statusCode());
    assertEquals(404, Http.post(b.co.api("content/" + id + "/submission"), v, asB).statusCode());
    assertEquals(404, Http.post(b.co.api("content/" + id + "/archive"), v, asB).statusCode());
    assertEquals(
        404,
        Http.post(
                b.co.api("content/" + id + "/publications"),
                Json.createObjectBuilder()
                    .add("platformId", a.website)
                    .add("link", "https://b.example/x")
                    .add("version", 1)
                    .build()
                    .toString(),
                asBManager)
            .statusCode());
    assertEquals(404, Http.get(b.co.api("content/" + id + "/revisions"), asB).statusCode());
    assertEquals(404, Http.get(b.co.api("content/" + id + "/revisions/1"), asB).statusCode());
    JsonObject listB = Http.json(Http.get(b.co.api("content"), asB));
    assertEquals(0, listB.getInt("total"));
    // B cannot point its own item at A's platform either.
    assertEquals(
        "content.platform.unknown",
        Refusals.errorCode(b.create("clerk", draft("Borrowed", "NEWS", false, a.website))));

    JsonObject after = item(a.detail("clerk", id));
    assertEquals(before, after, "nothing changed in A");

    // The pages: B's people find neither the item nor its title.
    String[] pageB =
        Http.pageSession(
            b.co.root, b.co.tenant, b.co.org.person("clerk").email(), ApprovalOrg.PASSWORD);
    HttpResponse<String> foreign =
        Http.get(
            b.co.root.resolve("t/" + b.co.tenant + "/online-ops/content-item.xhtml?id=" + id),
            pageB);
    assertEquals(404, foreign.statusCode());
    assertFalse(foreign.body().contains("Alpha secret plan"));
    HttpResponse<String> listPage =
        Http.get(b.co.root.resolve("t/" + b.co.tenant + "/online-ops/content.xhtml"), pageB);
    assertEquals(200, listPage.statusCode(), listPage.body());
    assertFalse(listPage.body().contains("Alpha secret plan"));

    // A's own people see both pages; someone without a content permission is refused.
    String[] pageA =
        Http.pageSession(
            a.co.root, a.co.tenant, a.co.org.person("clerk").email(), ApprovalOrg.PASSWORD);
    HttpResponse<String> own =
        Http.get(
            a.co.root.resolve("t/" + a.co.tenant + "/online-ops/content-item.xhtml?id=" + id),
            pageA);
    assertEquals(200, own.statusCode(), own.body());
    assertTrue(own.body().contains("Alpha secret plan"));
    assertTrue(own.body().contains("data-status=\"SCHEDULED\""), own.body());
    HttpResponse<String> ownList =
        Http.get(a.co.root.resolve("t/" + a.co.tenant + "/online-ops/content.xhtml"), pageA);
    assertEquals(200, ownList.statusCode());
    assertTrue(ownList.body().contains("Alpha secret plan"));
    String[] reviewer =
        Http.pageSession(
            a.co.root, a.co.tenant, a.co.org.person("reviewer1").email(), ApprovalOrg.PASSWORD);
    assertEquals(
        403,
        Http.get(a.co.root.resolve("t/" + a.co.tenant + "/online-ops/content.xhtml"), reviewer)
            .statusCode());
  }

  @Test
  void confidentialItemsAreHiddenWithoutTheRightYetFollowTheirReview() throws Exception {
    OnlineContentData d = data("ocont-conf");
    HttpResponse<String> admin =
        UserRoles.set(
            d.co.root, d.co.userId("manager1"), "[\"core.tenant-admin\"]", d.co.asAdmin());
    assertEquals(200, admin.statusCode(), admin.body());
    long id =
        d.created(
            "manager1",
            draft("Merger announcement", "NEWS", false, d.website).add("confidential", true));
    long open = d.created("clerk", draft("Open day", "NEWS", false, d.website));

    assertTrue(item(d.detail("manager1", id)).getBoolean("confidential"));
    assertEquals(404, d.get("clerk", id).statusCode());
    assertEquals(
        404, Http.get(d.co.api("content/" + id + "/revisions"), d.co.as("clerk")).statusCode());
    JsonObject clerkList = Http.json(Http.get(d.co.api("content"), d.co.as("clerk")));
    assertEquals(1, clerkList.getInt("total"));
    assertEquals(
        open, clerkList.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue());
    assertEquals(2, Http.json(Http.get(d.co.api("content"), d.co.as("manager1"))).getInt("total"));

    // The department head reviews it without the right to read confidential records: the item
    // still follows the approval.
    d.stepped("manager1", id, "proofread");
    long approval =
        item(d.stepped("manager1", id, "submission")).getJsonNumber("approvalId").longValue();
    assertEquals("head", ApprovalOrg.approvers(d.co.org.get("manager1", approval), 1));
    d.co.org.acted("head", approval, "approve", null);
    assertEquals("SCHEDULED", item(d.detail("manager1", id)).getString("status"));

    // A download carrying the confidential item is recorded; the clerk's carries only the open one.
    HttpResponse<String> clerkCsv = Http.get(d.co.api("content/export.csv"), d.co.as("clerk"));
    assertEquals(200, clerkCsv.statusCode(), clerkCsv.body());
    assertTrue(clerkCsv.body().contains("Open day"));
    assertFalse(clerkCsv.body().contains("Merger"));
    HttpResponse<String> csv = Http.get(d.co.api("content/export.csv"), d.co.as("manager1"));
    assertTrue(csv.body().contains("Merger announcement"), csv.body());
    String audit =
        Http.get(d.co.root.resolve("api/v1/core/audit?action=export.confidential"), d.co.asAdmin())
            .body();
    assertTrue(audit.contains("online-content") && audit.contains(String.valueOf(id)), audit);
  }
}
