package com.opsuite.it;

import static com.opsuite.it.GasField.allPassExcept;
import static com.opsuite.it.GasField.detail;
import static com.opsuite.it.GasField.id;
import static com.opsuite.it.GasField.version;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The inspection API as an inspector's phone uses it: start from a task and resume the draft, save
 * with optimistic locking, evidence checked (type by its bytes, size, count, SHA-256), completion
 * gated on photos and signature with failed items becoming hazards, a failed entry scheduling a
 * revisit, and tenants kept apart.
 */
@ExtendWith(ArquillianExtension.class)
class GasInspectionIT {

  @ArquillianResource URL base;

  @Test
  void aDraftIsStartedFromATaskResumedAndSavedWithOptimisticLocking() throws Exception {
    GasField field = new GasField(base.toURI(), "insp-draft");
    field.inspector("wang", "GS-0101");
    long task = field.taskFor(field.company.person("wang"), "D-1", "1 Peace Road");

    HttpResponse<String> started = field.start("wang", task);
    assertEquals(201, started.statusCode(), started.body());
    JsonObject draft = Http.json(started);
    long inspection = draft.getJsonNumber("id").longValue();
    assertEquals("DRAFT", draft.getString("status"));
    assertEquals("GS-0101", draft.getString("badgeNo"), "the badge is recorded");
    assertEquals("M-D-1", draft.getString("meterNo"));
    assertEquals("S-D-1", draft.getString("sealNo"));
    assertEquals(
        "GS-0101",
        field.value("SELECT badge_no FROM gas_inspection WHERE id = ?", inspection),
        "stored with the record");

    HttpResponse<String> saved =
        field.save("wang", inspection, version(started), "hose=PASS", "leak-test=FAIL");
    assertEquals(200, saved.statusCode(), saved.body());
    assertNotEquals(version(started), version(saved), "each save is a new version");

    HttpResponse<String> stale = field.save("wang", inspection, version(started), "hose=FAIL");
    assertEquals(409, stale.statusCode(), stale.body());
    assertTrue(detail(stale).contains("changed this inspection meanwhile"), stale.body());

    // Opening the task again resumes the draft as it was saved.
    HttpResponse<String> resumed = field.start("wang", task);
    assertEquals(200, resumed.statusCode(), resumed.body());
    assertEquals(inspection, id(resumed));
    List<JsonObject> items = Http.json(resumed).getJsonArray("items").getValuesAs(JsonObject.class);
    assertEquals(2, items.size(), resumed.body());
    assertEquals(
        "FAIL",
        items.stream()
            .filter(i -> i.getString("code").equals("leak-test"))
            .findFirst()
            .orElseThrow()
            .getString("result"));
    assertEquals(
        "1",
        field.value(
            "SELECT count(*) FROM gas_inspection WHERE task_id = ? AND status = 'DRAFT'", task),
        "one draft per task");

    HttpResponse<String> unknown = field.save("wang", inspection, version(saved), "gas-meter=PASS");
    assertEquals(400, unknown.statusCode(), unknown.body());
    assertTrue(detail(unknown).contains("no checklist item gas-meter"), unknown.body());
  }

  @Test
  void completionNeedsAPhotoOfEachFailedItemAndTheSignatureAndMakesHazards() throws Exception {
    GasField field = new GasField(base.toURI(), "insp-done");
    field.inspector("li", "GS-0202");
    long task = field.taskFor(field.company.person("li"), "C-1", "2 Harmony Street");
    HttpResponse<String> started = field.start("li", task);
    long inspection = id(started);

    HttpResponse<String> incomplete = field.save("li", inspection, version(started), "hose=PASS");
    assertEquals(422, field.complete("li", inspection).statusCode());
    assertTrue(
        detail(field.complete("li", inspection)).contains("Answer every checklist item first"));

    HttpResponse<String> saved =
        field.save("li", inspection, version(incomplete), allPassExcept("hose", "pipe-rust"));
    assertEquals(200, saved.statusCode(), saved.body());
    HttpResponse<String> noPhoto = field.complete("li", inspection);
    assertEquals(422, noPhoto.statusCode(), noPhoto.body());
    assertTrue(detail(noPhoto).contains("Take a photo of each failed item"), noPhoto.body());

    byte[] jpeg = GasField.jpeg();
    HttpResponse<String> photo = field.photo("li", inspection, "hose", jpeg, "image/jpeg");
    assertEquals(201, photo.statusCode(), photo.body());
    JsonObject stored = Http.json(photo);
    String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(jpeg));
    assertEquals(sha256, stored.getString("sha256"), "the checksum is the SHA-256 of the bytes");
    assertEquals(jpeg.length, stored.getInt("sizeBytes"));
    assertEquals("image/jpeg", stored.getString("contentType"));
    assertEquals(
        field.company.person("li").userId(), stored.getJsonNumber("uploadedBy").longValue());
    assertEquals(
        sha256,
        field.value(
            "SELECT encode(sha256(content), 'hex') FROM gas_evidence WHERE id = ?", id(photo)),
        "what the database holds hashes to the recorded checksum");

    HttpResponse<byte[]> download = field.evidence("li", id(photo));
    assertEquals(200, download.statusCode());
    assertArrayEquals(jpeg, download.body());
    assertEquals("image/jpeg", download.headers().firstValue("Content-Type").orElseThrow());
    assertEquals("\"" + sha256 + "\"", download.headers().firstValue("ETag").orElseThrow());
    assertEquals(
        "sha-256=:"
            + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(jpeg))
            + ":",
        download.headers().firstValue("Repr-Digest").orElseThrow());

    HttpResponse<String> secondMissing = field.complete("li", inspection);
    assertEquals(422, secondMissing.statusCode(), secondMissing.body());
    assertTrue(detail(secondMissing).contains("Pipes free of rust"), secondMissing.body());
    assertEquals(201, field.photo("li", inspection, "pipe-rust", jpeg, "image/jpeg").statusCode());

    HttpResponse<String> unsigned = field.complete("li", inspection);
    assertEquals(422, unsigned.statusCode(), unsigned.body());
    assertTrue(detail(unsigned).contains("customer must sign"), unsigned.body());
    assertEquals(
        "DRAFT", field.value("SELECT status FROM gas_inspection WHERE id = ?", inspection));

    assertEquals(201, field.signature("li", inspection, GasField.png()).statusCode());
    HttpResponse<String> completed = field.complete("li", inspection);
    assertEquals(200, completed.statusCode(), completed.body());
    assertEquals("COMPLETED", Http.json(completed).getString("status"));
    assertEquals(
        "hose,pipe-rust",
        field.value(
            "SELECT string_agg(item_code, ',' ORDER BY item_code) FROM gas_hazard"
                + " WHERE inspection_id = ? AND status = 'OPEN'",
            inspection),
        "each failed item is an open hazard");
    assertEquals(
        "Hose cracked near the stove",
        field.value(
            "SELECT description FROM gas_hazard WHERE inspection_id = ? AND item_code = 'hose'",
            inspection));
    assertEquals("DONE", field.value("SELECT status FROM gas_task WHERE id = ?", task));
    assertEquals(
        "1",
        field.value(
            "SELECT count(*) FROM gas_evidence WHERE inspection_id = ? AND kind = 'SIGNATURE'",
            inspection));

    HttpResponse<String> afterwards = field.save("li", inspection, version(completed), "hose=PASS");
    assertEquals(409, afterwards.statusCode(), "a completed inspection no longer changes");
    assertEquals(409, field.start("li", task).statusCode(), "nor is its closed task started again");
  }

  @Test
  void theRecordKeepsThePhonesLocationWhenGivenAndCompletesWithoutOne() throws Exception {
    GasField field = new GasField(base.toURI(), "insp-where");
    field.inspector("zheng", "GS-0606");
    GasCompany.Person zheng = field.company.person("zheng");
    long located = field.taskFor(zheng, "G-1", "6 Jasmine Road");
    long unlocated = field.taskFor(zheng, "G-2", "7 Jasmine Road");

    HttpResponse<String> started = field.start("zheng", located);
    long inspection = id(started);
    HttpResponse<String> nowhere =
        field.saveAt("zheng", inspection, version(started), "91", "121.5", "10", "hose=PASS");
    assertEquals(400, nowhere.statusCode(), nowhere.body());
    assertTrue(detail(nowhere).contains("not a valid position"), nowhere.body());

    HttpResponse<String> located1 =
        field.saveAt(
            "zheng", inspection, version(started), "31.230416", "121.473701", "12.5", "hose=PASS");
    assertEquals(200, located1.statusCode(), located1.body());
    // The page sends the position once; later saves without one keep it.
    HttpResponse<String> answered =
        field.save("zheng", inspection, version(located1), allPassExcept());
    assertEquals(200, answered.statusCode(), answered.body());
    assertEquals(201, field.signature("zheng", inspection, GasField.png()).statusCode());
    HttpResponse<String> completed = field.complete("zheng", inspection);
    assertEquals(200, completed.statusCode(), completed.body());
    JsonObject record = Http.json(completed);
    assertEquals("COMPLETED", record.getString("status"));
    assertEquals(
        0,
        new java.math.BigDecimal("31.230416")
            .compareTo(record.getJsonNumber("latitude").bigDecimalValue()));
    assertEquals(
        "COMPLETED 31.230416 121.473701 12.5",
        field.value(
            "SELECT status || ' ' || latitude || ' ' || longitude || ' ' || location_accuracy_m"
                + " FROM gas_inspection WHERE id = ?",
            inspection),
        "stored with the completed record");

    long without = id(field.start("zheng", unlocated));
    HttpResponse<String> plain =
        field.save("zheng", without, version(field.get("zheng", without)), allPassExcept());
    assertEquals(200, plain.statusCode(), plain.body());
    assertEquals(201, field.signature("zheng", without, GasField.png()).statusCode());
    HttpResponse<String> completedWithout = field.complete("zheng", without);
    assertEquals(200, completedWithout.statusCode(), completedWithout.body());
    assertEquals(
        "COMPLETED no location",
        field.value(
            "SELECT status || ' ' || coalesce(latitude::text || ',' || longitude::text,"
                + " 'no location') FROM gas_inspection WHERE id = ?",
            without),
        "a phone that gives no position still completes the record");
  }

  @Test
  void aFailedEntryNeedsAReasonAndSchedulesARevisit() throws Exception {
    GasField field = new GasField(base.toURI(), "insp-entry");
    field.inspector("zhao", "GS-0303");
    long task = field.taskFor(field.company.person("zhao"), "E-1", "3 Lotus Lane");
    long inspection = id(field.start("zhao", task));

    HttpResponse<String> noReason = field.entryFailed("zhao", inspection, "{}");
    assertEquals(400, noReason.statusCode(), noReason.body());
    assertTrue(detail(noReason).contains("Choose why you could not get in"), noReason.body());
    HttpResponse<String> otherWithoutNote =
        field.entryFailed("zhao", inspection, "{\"reason\":\"OTHER\"}");
    assertEquals(400, otherWithoutNote.statusCode(), otherWithoutNote.body());
    assertEquals(
        "DRAFT", field.value("SELECT status FROM gas_inspection WHERE id = ?", inspection));

    HttpResponse<String> failed =
        field.entryFailed(
            "zhao", inspection, "{\"reason\":\"NOT_HOME\",\"note\":\"Neighbour says away\"}");
    assertEquals(200, failed.statusCode(), failed.body());
    assertEquals("ENTRY_FAILED", Http.json(failed).getString("status"));
    assertEquals("NOT_HOME", Http.json(failed).getString("entryFailure"));
    assertEquals("DONE", field.value("SELECT status FROM gas_task WHERE id = ?", task));

    List<JsonObject> mine =
        Http.jsonArray(Http.get(field.api("tasks/mine"), field.company.as("zhao")))
            .getValuesAs(JsonObject.class);
    assertEquals(1, mine.size(), mine.toString());
    assertEquals("REVISIT", mine.get(0).getString("kind"));
    assertEquals("3 Lotus Lane", mine.get(0).getString("address"));
    LocalDate due = LocalDate.parse(mine.get(0).getString("dueOn"));
    assertTrue(due.isAfter(LocalDate.now()), "a few days later: " + due);
    assertEquals(
        "revisit:" + inspection,
        field.value(
            "SELECT source_ref FROM gas_task WHERE kind = 'REVISIT' AND assignee_id = ?",
            field.company.person("zhao").userId()));
  }

  @Test
  void evidenceIsCheckedByItsBytesAndBounded() throws Exception {
    GasField field = new GasField(base.toURI(), "insp-evid");
    field.inspector("sun", "GS-0404");
    long task = field.taskFor(field.company.person("sun"), "V-1", "4 Orchid Road");
    long inspection = id(field.start("sun", task));

    byte[] disguised = "MZ this is a program, not a photo".getBytes(StandardCharsets.US_ASCII);
    HttpResponse<String> refused = field.photo("sun", inspection, "hose", disguised, "image/jpeg");
    assertEquals(422, refused.statusCode(), refused.body());
    assertTrue(detail(refused).contains("whatever its name says"), refused.body());

    byte[] huge = Arrays.copyOf(GasField.jpeg(), 5 * 1024 * 1024 + 1);
    HttpResponse<String> tooLarge = field.photo("sun", inspection, "hose", huge, "image/jpeg");
    assertEquals(413, tooLarge.statusCode(), tooLarge.body());
    assertTrue(detail(tooLarge).contains("at most 5,120 KB"), tooLarge.body());

    HttpResponse<String> unknownItem =
        field.photo("sun", inspection, "kitchen", GasField.jpeg(), "image/jpeg");
    assertEquals(400, unknownItem.statusCode(), unknownItem.body());

    for (int i = 0; i < 20; i++) {
      assertEquals(
          201, field.photo("sun", inspection, "hose", GasField.jpeg(), "image/jpeg").statusCode());
    }
    HttpResponse<String> tooMany =
        field.photo("sun", inspection, "hose", GasField.jpeg(), "image/jpeg");
    assertEquals(422, tooMany.statusCode(), tooMany.body());
    assertTrue(detail(tooMany).contains("at most 20 photos"), tooMany.body());
    assertEquals(
        "20",
        field.value("SELECT count(*) FROM gas_evidence WHERE inspection_id = ?", inspection),
        "nothing of the refused uploads was stored");
  }

  @Test
  void onlyTheAssignedInspectorWithABadgeStartsAndChangesAnInspection() throws Exception {
    GasField field = new GasField(base.toURI(), "insp-who");
    field.inspector("qian", "GS-0505");
    GasCompany.Person nobadge = field.company.user("nobadge", "inspector");
    long own = field.taskFor(nobadge, "W-1", "5 Bamboo Road");
    HttpResponse<String> notInspector = field.start("nobadge", own);
    assertEquals(403, notInspector.statusCode(), notInspector.body());
    assertTrue(detail(notInspector).contains("badge number"), notInspector.body());

    long qians = field.taskFor(field.company.person("qian"), "W-2", "6 Bamboo Road");
    HttpResponse<String> notYours = field.start("nobadge", qians);
    assertEquals(403, notYours.statusCode(), notYours.body());

    HttpResponse<String> started = field.start("qian", qians);
    long inspection = id(started);
    field.company.inspector(nobadge, "GS-0506", field.area);
    HttpResponse<String> changedByAnother =
        field.save("nobadge", inspection, version(started), "hose=PASS");
    assertEquals(403, changedByAnother.statusCode(), changedByAnother.body());
  }

  @Test
  void aTenantNeverSeesNorChangesAnotherTenantsInspectionsOrEvidence() throws Exception {
    GasField a = new GasField(base.toURI(), "insp-iso-a");
    GasField b = new GasField(base.toURI(), "insp-iso-b");
    a.inspector("alice", "A-1");
    b.inspector("bob", "B-1");
    long taskA = a.taskFor(a.company.person("alice"), "IA-1", "1 A Street");
    long taskB = b.taskFor(b.company.person("bob"), "IB-1", "1 B Street");
    HttpResponse<String> startedB = b.start("bob", taskB);
    long inspectionB = id(startedB);
    long photoB = id(b.photo("bob", inspectionB, "hose", GasField.jpeg(), "image/jpeg"));
    a.start("alice", taskA);

    assertEquals(404, a.get("alice", inspectionB).statusCode(), "another tenant's inspection");
    assertEquals(404, a.evidence("alice", photoB).statusCode(), "another tenant's photo");
    assertEquals(404, a.start("alice", taskB).statusCode(), "another tenant's task");
    assertEquals(404, a.save("alice", inspectionB, version(startedB), "hose=PASS").statusCode());
    assertEquals(
        404, a.photo("alice", inspectionB, "hose", GasField.jpeg(), "image/jpeg").statusCode());
    assertEquals(404, a.signature("alice", inspectionB, GasField.png()).statusCode());
    assertEquals(404, a.complete("alice", inspectionB).statusCode());
    assertEquals(404, a.entryFailed("alice", inspectionB, "{\"reason\":\"REFUSED\"}").statusCode());
    List<JsonObject> mine =
        Http.jsonArray(Http.get(a.api("tasks/mine"), a.company.as("alice")))
            .getValuesAs(JsonObject.class);
    assertEquals(
        List.of(taskA), mine.stream().map(l -> l.getJsonNumber("taskId").longValue()).toList());
    assertEquals("DRAFT", b.value("SELECT status FROM gas_inspection WHERE id = ?", inspectionB));
    assertEquals(
        "1", b.value("SELECT count(*) FROM gas_evidence WHERE inspection_id = ?", inspectionB));

    // Within the tenant, evidence is for the module's users only.
    b.company.user("clerk");
    assertEquals(403, b.evidence("clerk", photoB).statusCode());
    assertEquals(403, b.get("clerk", inspectionB).statusCode());
    assertEquals(200, b.evidence("bob", photoB).statusCode());
  }
}
