package com.opsuite.bench.data;

import com.opsuite.gas.inspection.CheckItem;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * The template's gas utility through the module's API: service areas, inspectors (the bench user
 * covers every area), households with a meter and a card, their purchases in batches as the sales
 * system sends them, the year's inspection plan (tasks assigned to the inspectors) and a few
 * inspections completed by the bench user on their phone.
 */
final class GasSetup {

  static final int AREAS = 5;
  static final int PURCHASES_PER_CUSTOMER = 5;
  private static final int BATCH = 500;

  private final RestClient admin;
  private final RestClient bench;
  private final LocalDate today;
  private final List<Long> areaIds = new ArrayList<>();
  private final List<Long> customerIds = new ArrayList<>();

  GasSetup(RestClient admin, RestClient bench, LocalDate today) {
    this.admin = admin;
    this.bench = bench;
    this.today = today;
  }

  void build(long benchUserId, List<Long> inspectorUsers, int customers, int inspections) {
    for (int a = 1; a <= AREAS; a++) {
      areaIds.add(
          admin
              .created(
                  "gas-inspection/areas",
                  Json.createObjectBuilder().add("code", "A" + a).add("name", "Area " + a).build())
              .getJsonNumber("id")
              .longValue());
    }
    appoint(benchUserId, "B0000", areaIds);
    for (int i = 0; i < inspectorUsers.size(); i++) {
      appoint(
          inspectorUsers.get(i),
          String.format("B%04d", i + 1),
          List.of(areaIds.get(i % areaIds.size())));
    }
    for (int c = 1; c <= customers; c++) {
      customerIds.add(household(c));
    }
    purchases(customers);
    admin.post("gas-inspection/plan/" + today.getYear(), JsonObject.EMPTY_JSON_OBJECT);
    completeInspections(inspections);
  }

  List<Long> customerIds() {
    return customerIds;
  }

  private void appoint(long userId, String badge, List<Long> areas) {
    admin.put(
        "gas-inspection/inspectors/" + userId,
        Json.createObjectBuilder()
            .add("badgeNo", badge)
            .add("areaIds", Json.createArrayBuilder(areas))
            .build());
  }

  private long household(int n) {
    String no = String.format("%06d", n);
    long id =
        admin
            .created(
                "gas-inspection/customers",
                Json.createObjectBuilder()
                    .add("customerNo", "C" + no)
                    .add("name", "Household " + n)
                    .add("kind", n % 20 == 0 ? "COMMERCIAL" : "RESIDENTIAL")
                    .add("areaId", areaIds.get(n % areaIds.size()))
                    .add("address", (n / AREAS + 1) + " Changjiang Road, flat " + n)
                    .add("contactName", "Resident " + n)
                    .add("phone", "139 0000 " + String.format("%04d", n % 10_000))
                    .build())
            .getJsonObject("customer")
            .getJsonNumber("id")
            .longValue();
    admin.put(
        "gas-inspection/customers/" + id + "/meter",
        Json.createObjectBuilder()
            .add("meterNo", "M" + no)
            .add("meterType", "IC card")
            .add("sealNo", "S" + no)
            .add("sealState", "INTACT")
            .add("installedOn", today.minusYears(3).toString())
            .build());
    admin.put(
        "gas-inspection/customers/" + id + "/card",
        Json.createObjectBuilder().add("cardNo", "K" + no).build());
    return id;
  }

  /**
   * A purchase a month apart going back from each customer's last; one customer in ten last bought
   * more than three months ago, so the blacklist job has customers to list.
   */
  private void purchases(int customers) {
    JsonArrayBuilder batch = Json.createArrayBuilder();
    int inBatch = 0;
    for (int c = 1; c <= customers; c++) {
      LocalDate last = today.minusDays(c % 10 == 0 ? 100 + c % 60 : c % 30);
      for (int k = 0; k < PURCHASES_PER_CUSTOMER; k++) {
        batch.add(
            Json.createObjectBuilder()
                .add("receiptNo", String.format("R%06d-%02d", c, k))
                .add("cardNo", String.format("K%06d", c))
                .add("date", last.minusDays(30L * k).toString())
                .add("volumeM3", 20 + c % 15)
                .add("amountYuan", 3 * (20 + c % 15)));
        if (++inBatch == BATCH) {
          admin.post("gas-inspection/purchases", batch.build());
          batch = Json.createArrayBuilder();
          inBatch = 0;
        }
      }
    }
    if (inBatch > 0) {
      admin.post("gas-inspection/purchases", batch.build());
    }
  }

  /** Start, answer every item as passed, sign and complete: what an inspector's phone sends. */
  private void completeInspections(int count) {
    List<JsonObject> tasks =
        bench.getArray("gas-inspection/tasks/mine").getValuesAs(JsonObject.class);
    byte[] signature = signature();
    for (JsonObject task : tasks.subList(0, Math.min(count, tasks.size()))) {
      JsonObject started =
          bench.createdOrFound(
              "gas-inspection/inspections",
              Json.createObjectBuilder()
                  .add("taskId", task.getJsonNumber("taskId").longValue())
                  .build());
      long id = started.getJsonNumber("id").longValue();
      JsonArrayBuilder items = Json.createArrayBuilder();
      for (CheckItem item : CheckItem.values()) {
        items.add(Json.createObjectBuilder().add("code", item.code()).add("result", "PASS"));
      }
      bench.put(
          "gas-inspection/inspections/" + id,
          Json.createObjectBuilder()
              .add("version", started.getJsonNumber("version").longValue())
              .add("items", items)
              .add("notes", "All in order")
              .build());
      bench.upload("gas-inspection/inspections/" + id + "/signature", "image/png", signature);
      // No version: the signature has just changed it, and nobody else works on this visit.
      bench.post("gas-inspection/inspections/" + id + "/complete", JsonObject.EMPTY_JSON_OBJECT);
    }
  }

  /** A small PNG standing for the customer's signature. */
  private static byte[] signature() {
    BufferedImage image = new BufferedImage(120, 40, BufferedImage.TYPE_INT_RGB);
    var g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 120, 40);
    g.setColor(Color.BLACK);
    g.drawLine(10, 30, 110, 10);
    g.dispose();
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
