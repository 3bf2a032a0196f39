package com.opsuite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.net.http.HttpResponse;

/**
 * Content items for tests through the real API: an {@link OnlineCompany} whose clerk writes
 * (content-editor), whose managers review and publish (operations-manager), with a website owned by
 * manager1 and a WeChat account owned by manager2.
 */
final class OnlineContentData {

  final OnlineCompany co;
  final long website;
  final long wechat;

  OnlineContentData(URI root, String prefix) {
    co = new OnlineCompany(root, prefix);
    co.grant("clerk", "content-editor");
    co.grant("clerk2", "content-editor");
    co.grant("manager1", "operations-manager");
    co.grant("manager2", "operations-manager");
    website = co.platform("WEBSITE", "Website " + prefix, "manager1");
    wechat = co.platform("WECHAT", "WeChat " + prefix, "manager2");
  }

  static JsonObjectBuilder draft(
      String title, String kind, boolean companyProject, long... platforms) {
    JsonArrayBuilder ids = Json.createArrayBuilder();
    for (long p : platforms) {
      ids.add(p);
    }
    return Json.createObjectBuilder()
        .add("title", title)
        .add("body", "<p>About <b>" + title + "</b></p>")
        .add("kind", kind)
        .add("platformIds", ids)
        .add("companyProject", companyProject);
  }

  HttpResponse<String> create(String who, JsonObjectBuilder body) {
    return Http.post(
        co.api("content"), body.build().toString(), co.as(who, "Accept-Language", "en"));
  }

  /** Creates as the person and returns the new item's id. */
  long created(String who, JsonObjectBuilder body) {
    HttpResponse<String> r = create(who, body);
    assertEquals(201, r.statusCode(), r.body());
    return item(Http.json(r)).getJsonNumber("id").longValue();
  }

  HttpResponse<String> get(String who, long id) {
    return Http.get(co.api("content/" + id), co.as(who, "Accept-Language", "en"));
  }

  JsonObject detail(String who, long id) {
    HttpResponse<String> r = get(who, id);
    assertEquals(200, r.statusCode(), r.body());
    return Http.json(r);
  }

  static JsonObject item(JsonObject detail) {
    return detail.getJsonObject("item");
  }

  long version(long id) {
    return version("clerk", id);
  }

  long version(String who, long id) {
    return item(detail(who, id)).getJsonNumber("version").longValue();
  }

  String status(long id) {
    return item(detail("clerk", id)).getString("status");
  }

  /** A lifecycle step (proofread, submission, archive) with the current version. */
  HttpResponse<String> step(String who, long id, String step, String language) {
    return Http.post(
        co.api("content/" + id + "/" + step),
        Json.createObjectBuilder().add("version", version(who, id)).build().toString(),
        co.as(who, "Accept-Language", language));
  }

  JsonObject stepped(String who, long id, String step) {
    HttpResponse<String> r = step(who, id, step, "en");
    assertEquals(200, r.statusCode(), who + " " + step + ": " + r.body());
    return Http.json(r);
  }

  HttpResponse<String> update(String who, long id, JsonObjectBuilder body, long version) {
    return Http.put(
        co.api("content/" + id),
        body.add("version", version).build().toString(),
        co.as(who, "Accept-Language", "en"));
  }

  HttpResponse<String> publish(String who, long id, long platform, String link) {
    return Http.post(
        co.api("content/" + id + "/publications"),
        Json.createObjectBuilder()
            .add("platformId", platform)
            .add("link", link)
            .add("version", version(who, id))
            .build()
            .toString(),
        co.as(who, "Accept-Language", "en"));
  }

  /** Proofreads and submits as the clerk; returns the approval's id. */
  long proofreadAndSubmit(long id) {
    stepped("clerk", id, "proofread");
    JsonObject submitted = stepped("clerk", id, "submission");
    assertEquals("IN_REVIEW", item(submitted).getString("status"));
    return item(submitted).getJsonNumber("approvalId").longValue();
  }
}
