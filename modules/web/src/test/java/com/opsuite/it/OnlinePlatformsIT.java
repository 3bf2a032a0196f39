package com.opsuite.it;

import static com.opsuite.it.OnlinePlatformsData.audit;
import static com.opsuite.it.OnlinePlatformsData.count;
import static com.opsuite.it.OnlinePlatformsData.id;
import static com.opsuite.it.OnlinePlatformsData.platform;
import static com.opsuite.it.OnlinePlatformsData.version;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The tenant's platforms over the API: added, found, changed under optimistic locking (body version
 * or If-Match) and deactivated by a manager, read by any user of the module; refused field by field
 * in Chinese and English; publishers listed and asked about; and another tenant's platform, guessed
 * by id, answers 404 everywhere and changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class OnlinePlatformsIT {

  @ArquillianResource URL base;

  @Test
  void platformsAreAddedFoundChangedAndDeactivatedUnderOptimisticLocking() throws Exception {
    OnlineCompany a = new OnlineCompany(base.toURI(), "onplat-crud");
    a.grant("manager1", "operations-manager").grant("clerk", "content-editor");

    HttpResponse<String> site =
        Http.post(
            a.api("platforms"),
            platform("WEBSITE", "公司官网", a.userId("manager1"), "https://example.com", null),
            a.as("manager1"));
    assertEquals(201, site.statusCode(), site.body());
    assertTrue(site.headers().firstValue("Location").orElse("").contains("platforms/"));
    JsonObject created = Http.json(site);
    long siteId = id(created);
    assertEquals("WEBSITE", created.getString("kind"));
    assertEquals(a.userId("manager1"), created.getJsonNumber("ownerId").longValue());
    assertTrue(created.getBoolean("active"));
    long loaded = version(created);
    HttpResponse<String> wechat =
        Http.post(
            a.api("platforms"),
            platform("WECHAT", "服务号", a.userId("manager2"), null, null),
            a.as("manager1"));
    assertEquals(201, wechat.statusCode(), wechat.body());

    // Anyone of the module reads and filters; only managers write; outsiders read nothing.
    assertEquals(2, Http.json(Http.get(a.api("platforms"), a.as("clerk"))).getInt("total"));
    JsonObject found = Http.json(Http.get(a.api("platforms?q=%E5%AE%98%E7%BD%91"), a.as("clerk")));
    assertEquals(1, found.getInt("total"));
    assertEquals("公司官网", found.getJsonArray("items").getJsonObject(0).getString("name"));
    JsonObject wechats = Http.json(Http.get(a.api("platforms?kind=WECHAT"), a.as("clerk")));
    assertEquals(List.of("服务号"), names(wechats));
    assertEquals(400, Http.get(a.api("platforms?kind=PLANET"), a.as("clerk")).statusCode());
    assertEquals(403, Http.get(a.api("platforms"), a.as("reviewer1")).statusCode());
    assertEquals(
        403,
        Http.post(a.api("platforms"), platform("WEIBO", "微博", null, null, null), a.as("clerk"))
            .statusCode());
    HttpResponse<String> one = Http.get(a.api("platforms/" + siteId), a.as("clerk"));
    assertEquals(200, one.statusCode(), one.body());
    assertEquals("\"" + loaded + "\"", one.headers().firstValue("ETag").orElse(""));

    // A change with the loaded version works; the same stale version again is a conflict.
    HttpResponse<String> changed =
        Http.put(
            a.api("platforms/" + siteId),
            platform("WEBSITE", "公司官网（新）", a.userId("manager1"), "https://example.com/", loaded),
            a.as("manager1"));
    assertEquals(200, changed.statusCode(), changed.body());
    assertEquals(loaded + 1, version(Http.json(changed)));
    HttpResponse<String> stale =
        Http.put(
            a.api("platforms/" + siteId),
            platform("WEBSITE", "Someone else", null, null, loaded),
            a.as("manager1", "Accept-Language", "en"));
    assertEquals(409, stale.statusCode(), stale.body());
    assertTrue(
        Http.json(stale).getString("detail").startsWith("This record was changed by someone else"),
        stale.body());
    HttpResponse<String> staleTag =
        Http.put(
            a.api("platforms/" + siteId),
            platform("WEBSITE", "Someone else", null, null, null),
            a.as("manager1", "If-Match", "\"" + loaded + "\""));
    assertEquals(409, staleTag.statusCode(), staleTag.body());
    HttpResponse<String> noVersion =
        Http.put(
            a.api("platforms/" + siteId),
            platform("WEBSITE", "Someone else", null, null, null),
            a.as("manager1"));
    assertEquals(400, noVersion.statusCode(), noVersion.body());
    assertTrue(noVersion.body().contains("platform.version.required"), noVersion.body());
    HttpResponse<String> tagged =
        Http.put(
            a.api("platforms/" + siteId),
            platform("WEBSITE", "官网", a.userId("manager1"), null, null),
            a.as("manager1", "If-Match", "\"" + (loaded + 1) + "\""));
    assertEquals(200, tagged.statusCode(), tagged.body());
    assertEquals("官网", Http.json(tagged).getString("name"));
    assertFalse(Http.json(tagged).containsKey("url"), "the address was cleared");

    // Deactivated, it stays with its history but drops out of the active list; nobody publishes.
    assertTrue(mayPublish(a, siteId, "manager1"));
    HttpResponse<String> off =
        Http.post(a.api("platforms/" + siteId + "/deactivate"), "", a.as("manager1"));
    assertEquals(200, off.statusCode(), off.body());
    assertFalse(Http.json(off).getBoolean("active"));
    assertEquals(
        List.of("服务号"), names(Http.json(Http.get(a.api("platforms?active=true"), a.as("clerk")))));
    assertFalse(mayPublish(a, siteId, "manager1"));
    assertEquals(
        200,
        Http.post(a.api("platforms/" + siteId + "/activate"), "", a.as("manager1")).statusCode());
    assertTrue(mayPublish(a, siteId, "manager1"));

    HttpResponse<String> csv = Http.get(a.api("platforms/export"), a.as("clerk"));
    assertEquals(200, csv.statusCode(), csv.body());
    assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    assertTrue(csv.body().contains("\"官网\"") && csv.body().contains("\"服务号\""), csv.body());

    assertEquals(2, audit(a.tenant, "online.platform.created").size());
    assertEquals(2, audit(a.tenant, "online.platform.changed").size());
    assertEquals(1, audit(a.tenant, "online.platform.deactivated").size());
  }

  @Test
  void badInputIsRefusedFieldByFieldInChineseAndEnglishAndNothingIsSaved() throws Exception {
    OnlineCompany a = new OnlineCompany(base.toURI(), "onplat-400");
    OnlinePlatformsData.created(a, "WEIBO", "Weibo", null);

    HttpResponse<String> zh =
        Http.post(
            a.api("platforms"),
            platform("PLANET", " ", 999_999L, "ftp://example.com", null),
            a.asAdmin("Accept-Language", "zh-CN"));
    assertEquals(400, zh.statusCode(), zh.body());
    assertEquals(
        Set.of(
            "kind:platform.kind.invalid",
            "name:platform.name.required",
            "ownerId:platform.user.unknown",
            "url:platform.url.invalid"),
        codes(Http.json(zh)));
    assertTrue(zh.body().contains("请填写平台名称。"), zh.body());
    assertTrue(zh.body().contains("请填写以 http:// 或 https:// 开头的网址。"), zh.body());

    HttpResponse<String> en =
        Http.post(a.api("platforms"), "{}", a.asAdmin("Accept-Language", "en"));
    assertEquals(400, en.statusCode(), en.body());
    assertEquals(
        Set.of("kind:platform.kind.required", "name:platform.name.required"), codes(Http.json(en)));
    assertTrue(en.body().contains("Give the platform a name."), en.body());

    HttpResponse<String> taken =
        Http.post(
            a.api("platforms"),
            platform("WEIBO", "weibo", null, null, null),
            a.asAdmin("Accept-Language", "en"));
    assertEquals(400, taken.statusCode(), taken.body());
    assertTrue(taken.body().contains("There is already a platform named weibo."), taken.body());
    HttpResponse<String> tooLong =
        Http.post(
            a.api("platforms"),
            platform("WEIBO", "x".repeat(101), null, null, null),
            a.asAdmin("Accept-Language", "zh-CN"));
    assertEquals(400, tooLong.statusCode(), tooLong.body());
    assertTrue(tooLong.body().contains("平台名称最多 100 个字符。"), tooLong.body());

    assertEquals(1, count("SELECT count(*) FROM online_platform WHERE tenant_id = ?", a.tenant));
  }

  @Test
  void theOwnerAndListedPublishersMayPublish() throws Exception {
    OnlineCompany a = new OnlineCompany(base.toURI(), "onplat-pub");
    a.grant("manager1", "operations-manager").grant("clerk", "content-editor");
    long id = OnlinePlatformsData.created(a, "WECHAT", "公众号", "manager1");

    String clerk = "platforms/" + id + "/publishers/" + a.userId("clerk");
    HttpResponse<String> added = Http.put(a.api(clerk), "", a.as("manager1"));
    assertEquals(200, added.statusCode(), added.body());
    assertEquals(1, Http.jsonArray(added).size());
    assertEquals(
        a.userId("clerk"),
        Http.jsonArray(added).getJsonObject(0).getJsonNumber("userId").longValue());
    assertEquals(1, Http.jsonArray(Http.put(a.api(clerk), "", a.as("manager1"))).size(), "again");
    assertEquals(403, Http.put(a.api(clerk), "", a.as("clerk")).statusCode());
    assertEquals(
        400,
        Http.put(a.api("platforms/" + id + "/publishers/999999"), "", a.as("manager1"))
            .statusCode());
    JsonObject listed = Http.json(Http.get(a.api("platforms/" + id), a.as("clerk")));
    assertEquals(1, listed.getJsonArray("publisherIds").size());

    assertTrue(mayPublish(a, id, "manager1"), "the owner");
    assertTrue(mayPublish(a, id, "clerk"), "a listed publisher");
    assertFalse(mayPublish(a, id, "clerk2"), "anyone else");
    JsonObject self = Http.json(Http.get(a.api("platforms/" + id + "/may-publish"), a.as("clerk")));
    assertTrue(self.getBoolean("mayPublish"), "the caller asks about themself");

    HttpResponse<String> removed = Http.delete(a.api(clerk), a.as("manager1"));
    assertEquals(200, removed.statusCode(), removed.body());
    assertEquals(0, Http.jsonArray(removed).size());
    assertFalse(mayPublish(a, id, "clerk"));
    assertEquals(1, audit(a.tenant, "online.platform.publisher-added").size());
    assertEquals(1, audit(a.tenant, "online.platform.publisher-removed").size());
  }

  @Test
  void anotherTenantGuessingAPlatformIdGets404AndChangesNothing() throws Exception {
    OnlineCompany a = new OnlineCompany(base.toURI(), "onplat-iso-a");
    OnlineCompany b = new OnlineCompany(base.toURI(), "onplat-iso-b");
    long id = OnlinePlatformsData.created(a, "WEBSITE", "A 公司官网", null);
    assertEquals(
        200,
        Http.put(a.api("platforms/" + id + "/publishers/" + a.userId("clerk")), "", a.asAdmin())
            .statusCode());

    List<List<String>> before = row(id);
    String path = "platforms/" + id;
    String bUser = "/publishers/" + b.userId("clerk");
    assertEquals(404, Http.get(b.api(path), b.asAdmin()).statusCode());
    assertEquals(
        404,
        Http.put(b.api(path), platform("WEBSITE", "Taken over", null, null, 0L), b.asAdmin())
            .statusCode());
    assertEquals(404, Http.post(b.api(path + "/deactivate"), "", b.asAdmin()).statusCode());
    assertEquals(404, Http.get(b.api(path + "/publishers"), b.asAdmin()).statusCode());
    assertEquals(404, Http.put(b.api(path + bUser), "", b.asAdmin()).statusCode());
    assertEquals(
        404,
        Http.delete(b.api(path + "/publishers/" + a.userId("clerk")), b.asAdmin()).statusCode());
    assertEquals(404, Http.get(b.api(path + "/may-publish?userId=1"), b.asAdmin()).statusCode());
    assertEquals(0, Http.json(Http.get(b.api("platforms"), b.asAdmin())).getInt("total"));
    assertFalse(Http.get(b.api("platforms/export"), b.asAdmin()).body().contains("A 公司官网"));

    // A's platform is as it was, and B's page lists nothing of A's.
    assertEquals(before, row(id));
    assertEquals(
        1, count("SELECT count(*) FROM online_platform_publisher WHERE platform_id = ?", id));
    HttpResponse<String> bPage =
        Http.get(
            base.toURI().resolve("t/" + b.tenant + "/online-ops/platforms.xhtml"),
            Http.pageSession(base.toURI(), b.tenant));
    assertEquals(200, bPage.statusCode());
    assertFalse(bPage.body().contains("A 公司官网"), "B's page shows nothing of A's");
    HttpResponse<String> aPage =
        Http.get(
            base.toURI().resolve("t/" + a.tenant + "/online-ops/platforms.xhtml"),
            Http.pageSession(base.toURI(), a.tenant));
    assertEquals(200, aPage.statusCode());
    assertTrue(aPage.body().contains("A 公司官网"), "A's own page lists it");
  }

  @Test
  void thePageShowsEachUserWhatTheirPermissionsAllow() throws Exception {
    OnlineCompany a = new OnlineCompany(base.toURI(), "onplat-page");
    a.grant("manager1", "operations-manager").grant("clerk", "content-editor");
    OnlinePlatformsData.created(a, "WEBSITE", "官网", "manager1");
    java.net.URI page = base.toURI().resolve("t/" + a.tenant + "/online-ops/platforms.xhtml");

    HttpResponse<String> clerk = Http.get(page, pageSession(a, "clerk"));
    assertEquals(200, clerk.statusCode());
    assertTrue(clerk.body().contains("官网"), "an editor sees the platforms");
    assertFalse(clerk.body().contains("edit:save"), "but no form to change them");
    HttpResponse<String> manager = Http.get(page, pageSession(a, "manager1"));
    assertEquals(200, manager.statusCode());
    assertTrue(manager.body().contains("edit:save"), "a manager gets the form");
    assertEquals(403, Http.get(page, pageSession(a, "reviewer1")).statusCode(), "no module rights");
  }

  private String[] pageSession(OnlineCompany company, String who) throws Exception {
    return Http.pageSession(
        base.toURI(), company.tenant, company.org.person(who).email(), ApprovalOrg.PASSWORD);
  }

  static boolean mayPublish(OnlineCompany company, long platformId, String who) {
    HttpResponse<String> response =
        Http.get(
            company.api("platforms/" + platformId + "/may-publish?userId=" + company.userId(who)),
            company.asAdmin());
    assertEquals(200, response.statusCode(), response.body());
    return Http.json(response).getBoolean("mayPublish");
  }

  private static List<List<String>> row(long id) {
    return OnlinePlatformsData.strings(
        "SELECT tenant_id, name, version::text, active::text FROM online_platform WHERE id = ?",
        4,
        id);
  }

  private static List<String> names(JsonObject page) {
    return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .map(p -> p.getString("name"))
        .toList();
  }

  private static Set<String> codes(JsonObject problem) {
    return problem.getJsonArray("errors").getValuesAs(JsonValue::asJsonObject).stream()
        .map(e -> e.getString("field") + ":" + e.getString("code"))
        .collect(Collectors.toSet());
  }
}
