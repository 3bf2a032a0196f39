package com.opsuite.bench.load;

import static io.gatling.javaapi.core.CoreDsl.ByteArrayBody;
import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import com.opsuite.gas.inspection.CheckItem;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/** The REST writes: a ticket opened, an inspection carried out to completion. */
final class RestWrites {

  /** The name of the group that times one whole inspection. */
  static final String INSPECTION = "complete inspection";

  private static final String INSPECTIONS = "/api/v1/gas-inspection/inspections";
  private static final List<String> TICKET_KINDS = List.of("INQUIRY", "COMPLAINT", "SUGGESTION");

  private RestWrites() {}

  /** One ticket per user in one of the tenants (a token each), chosen at random. */
  static ScenarioBuilder openTicket(Map<String, String> tokens, long seed) {
    List<String> tenants = List.copyOf(tokens.keySet());
    return scenario("create ticket")
        .exec(Choices.seeded(seed))
        .exec(session -> session.set("token", tokens.get(Choices.oneOf(session, tenants))))
        .exec(openTicket());
  }

  /** Opens a ticket as a customer's first message; keeps its id and version. */
  static ChainBuilder openTicket() {
    return exec(
        http("create ticket")
            .post(RestReads.TICKETS)
            .header("Authorization", "Bearer #{token}")
            .body(StringBody(RestWrites::ticket))
            .asJson()
            .check(
                status().is(201),
                jsonPath("$.ticket.id").ofLong().saveAs("ticketId"),
                jsonPath("$.ticket.version").ofLong().saveAs("ticketVersion")));
  }

  /** Replies to the ticket the user opened. */
  static ChainBuilder reply() {
    return exec(
        http("reply to ticket")
            .post(RestReads.TICKETS + "/#{ticketId}/replies")
            .header("Authorization", "Bearer #{token}")
            .body(
                StringBody(
                    session ->
                        Json.createObjectBuilder()
                            .add("content", "Thank you, we are looking into it.")
                            .add("version", session.getLong("ticketVersion"))
                            .build()
                            .toString()))
            .asJson()
            .check(status().is(200)));
  }

  private static String ticket(Session s) {
    long n = Choices.of(s).nextLong(1_000_000);
    return Json.createObjectBuilder()
        .add("kind", Choices.oneOf(s, TICKET_KINDS))
        .add("contactName", "Buyer " + n)
        .add("channel", "WeChat")
        .add("content", "Order " + n + " has not arrived yet, when will it be delivered?")
        .build()
        .toString();
  }

  /**
   * One inspection per user, of the task the feeder gives it (entries {@code token}, {@code
   * taskId}): start it, save every checklist item passed, upload the customer's signature, complete
   * it. The group times the four requests together.
   */
  static ScenarioBuilder completeInspection(FeederBuilder<Object> tasks) {
    byte[] signature = signaturePng();
    return scenario("complete inspection")
        .feed(tasks)
        .group(INSPECTION)
        .on(
            http("start inspection")
                .post(INSPECTIONS)
                .header("Authorization", "Bearer #{token}")
                .body(StringBody("{\"taskId\":#{taskId}}"))
                .asJson()
                .check(
                    status().in(200, 201),
                    jsonPath("$.id").ofLong().saveAs("inspectionId"),
                    jsonPath("$.version").ofLong().saveAs("inspectionVersion")),
            http("save answers")
                .put(INSPECTIONS + "/#{inspectionId}")
                .header("Authorization", "Bearer #{token}")
                .body(StringBody(RestWrites::allPassed))
                .asJson()
                .check(status().is(200)),
            http("upload signature")
                .post(INSPECTIONS + "/#{inspectionId}/signature")
                .header("Authorization", "Bearer #{token}")
                .header("Content-Type", "image/png")
                .body(ByteArrayBody(signature))
                .check(status().is(201)),
            http("complete")
                .post(INSPECTIONS + "/#{inspectionId}/complete")
                .header("Authorization", "Bearer #{token}")
                .body(StringBody("{}"))
                .asJson()
                .check(status().is(200), jsonPath("$.status").is("COMPLETED")));
  }

  private static String allPassed(Session s) {
    JsonArrayBuilder items = Json.createArrayBuilder();
    for (CheckItem item : CheckItem.values()) {
      items.add(Json.createObjectBuilder().add("code", item.code()).add("result", "PASS"));
    }
    return Json.createObjectBuilder()
        .add("version", s.getLong("inspectionVersion"))
        .add("items", items)
        .add("notes", "Everything in order")
        .build()
        .toString();
  }

  /** A small PNG as a phone's signature pad gives. */
  private static byte[] signaturePng() {
    BufferedImage image = new BufferedImage(200, 80, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.BLACK);
    g.drawLine(10, 60, 60, 20);
    g.drawLine(60, 20, 120, 55);
    g.drawLine(120, 55, 190, 15);
    g.dispose();
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
