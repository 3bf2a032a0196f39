package com.opsuite.bench.data;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The template's online operations through the module's API: platforms owned by the bench user,
 * content items written by an editor (some proofread and sent for review, which starts an approval
 * waiting for the bench user, the editor's manager), and customer-service tickets of every kind,
 * half of them answered.
 */
final class OnlineSetup {

  private static final List<String> PLATFORMS = List.of("WECHAT", "WEIBO");
  private static final List<String> TICKET_KINDS = List.of("INQUIRY", "COMPLAINT", "SUGGESTION");

  private final RestClient bench;
  private final RestClient editor;
  private final List<Long> contentIds = new ArrayList<>();
  private final List<Long> ticketIds = new ArrayList<>();

  OnlineSetup(RestClient bench, RestClient editor) {
    this.bench = bench;
    this.editor = editor;
  }

  void build(
      long benchUserId,
      long editorUserId,
      int contentItems,
      int submitted,
      int tickets,
      Instant now) {
    List<Long> platforms = new ArrayList<>();
    for (int i = 0; i < PLATFORMS.size(); i++) {
      platforms.add(
          bench
              .created(
                  "online-ops/platforms",
                  Json.createObjectBuilder()
                      .add("kind", PLATFORMS.get(i))
                      .add("name", "Bench " + PLATFORMS.get(i).toLowerCase(java.util.Locale.ROOT))
                      .add("ownerId", benchUserId)
                      .add("url", "https://example.com/bench/" + i)
                      .build())
              .getJsonNumber("id")
              .longValue());
    }
    for (int i = 1; i <= contentItems; i++) {
      JsonObject item =
          editor
              .created(
                  "online-ops/content",
                  Json.createObjectBuilder()
                      .add("title", "Gas safety in winter, part " + i)
                      .add(
                          "body", "<p>Check the hose and keep the window open. Part " + i + ".</p>")
                      .add("kind", "ARTICLE")
                      .add("platformIds", Json.createArrayBuilder(platforms.subList(0, 1 + i % 2)))
                      .add("plannedAt", now.plus(7 + i % 20, ChronoUnit.DAYS).toString())
                      .add("ownerId", editorUserId)
                      .build())
              .getJsonObject("item");
      long id = item.getJsonNumber("id").longValue();
      contentIds.add(id);
      if (i <= submitted) {
        JsonObject proofread =
            ((JsonObject)
                    editor.post(
                        "online-ops/content/" + id + "/proofread",
                        version(item.getJsonNumber("version").longValue())))
                .getJsonObject("item");
        editor.post(
            "online-ops/content/" + id + "/submission",
            version(proofread.getJsonNumber("version").longValue()));
      }
    }
    for (int i = 1; i <= tickets; i++) {
      JsonObject ticket =
          bench
              .created(
                  "online-ops/tickets",
                  Json.createObjectBuilder()
                      .add("kind", TICKET_KINDS.get(i % TICKET_KINDS.size()))
                      .add("contactName", "Customer " + i)
                      .add("contactHandle", "137 0000 " + String.format("%04d", i))
                      .add("channel", "WeChat message")
                      .add("content", "Question " + i + ": when does the inspector come?")
                      .build())
              .getJsonObject("ticket");
      long id = ticket.getJsonNumber("id").longValue();
      ticketIds.add(id);
      if (i % 2 == 0) {
        bench.post(
            "online-ops/tickets/" + id + "/replies",
            Json.createObjectBuilder()
                .add("content", "Thank you, the inspector will call you this week.")
                .add("version", ticket.getJsonNumber("version").longValue())
                .build());
      }
    }
  }

  List<Long> contentIds() {
    return contentIds;
  }

  List<Long> ticketIds() {
    return ticketIds;
  }

  private static JsonObject version(long version) {
    return Json.createObjectBuilder().add("version", version).build();
  }
}
