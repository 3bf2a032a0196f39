package com.opsuite.it;

import static com.opsuite.it.Http.asTenant;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A small organisation for staff import tests, built through the API: a sales and a service
 * department, each with a head and a "专员" position (so "专员" alone is ambiguous), and one existing
 * staff member. Also sends files as staff imports, raw or as a form upload.
 */
final class ImportOrg {

  final URI root;
  final String tenant;
  final long salesHead;
  final long salesClerk;
  final long serviceClerk;
  private String token;

  private ImportOrg(URI root, String tenant, long salesHead, long salesClerk, long serviceClerk) {
    this.root = root;
    this.tenant = tenant;
    this.salesHead = salesHead;
    this.salesClerk = salesClerk;
    this.serviceClerk = serviceClerk;
  }

  static ImportOrg create(URI root, String tenant) {
    long company =
        Http.jsonArray(Http.get(root.resolve("api/v1/core/org/units"), asTenant(tenant)))
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    JsonObject sales = unit(root, tenant, company, "销售部", "销售经理");
    JsonObject service = unit(root, tenant, company, "客服部", "客服经理");
    long salesClerk = position(root, tenant, sales.getJsonNumber("id").longValue(), "专员", 2);
    long serviceClerk = position(root, tenant, service.getJsonNumber("id").longValue(), "专员", 5);
    HttpResponse<String> old =
        Http.post(
            root.resolve("api/v1/core/org/staff"),
            "{\"name\":\"老员工\",\"employeeNo\":\"E100\",\"email\":\"old@import.example\"}",
            asTenant(tenant));
    assertEquals(201, old.statusCode(), old.body());
    return new ImportOrg(
        root, tenant, sales.getJsonNumber("headPositionId").longValue(), salesClerk, serviceClerk);
  }

  private static JsonObject unit(
      URI root, String tenant, long parent, String name, String headTitle) {
    HttpResponse<String> response =
        Http.post(
            root.resolve("api/v1/core/org/units"),
            Json.createObjectBuilder()
                .add("parentId", parent)
                .add("kind", "DEPARTMENT")
                .add("name", name)
                .add("headTitle", headTitle)
                .build()
                .toString(),
            asTenant(tenant));
    assertEquals(201, response.statusCode(), response.body());
    return Http.json(response);
  }

  private static long position(URI root, String tenant, long unit, String title, int headcount) {
    HttpResponse<String> response =
        Http.post(
            root.resolve("api/v1/core/org/positions"),
            Json.createObjectBuilder()
                .add("unitId", unit)
                .add("title", title)
                .add("headcount", headcount)
                .build()
                .toString(),
            asTenant(tenant));
    assertEquals(201, response.statusCode(), response.body());
    return Http.json(response).getJsonNumber("id").longValue();
  }

  /** The names of the tenant's staff, sorted. */
  List<String> staffNames() {
    return Http.jsonArray(Http.get(root.resolve("api/v1/core/org/staff"), asTenant(tenant)))
        .getValuesAs(JsonObject.class)
        .stream()
        .map(s -> s.getString("name"))
        .sorted()
        .toList();
  }

  JsonObject staffNamed(String name) {
    return Http.jsonArray(Http.get(root.resolve("api/v1/core/org/staff"), asTenant(tenant)))
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(s -> s.getString("name").equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no staff member " + name));
  }

  /** POSTs the file as the raw body, e.g. to {@code preview} or to the import itself. */
  HttpResponse<String> send(String path, String contentType, byte[] body, String language) {
    return send(
        HttpRequest.newBuilder(root.resolve("api/v1/core/org/staff/import" + path))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)),
        language);
  }

  /** POSTs the file as the form field "file" of a multipart upload, as a browser would. */
  HttpResponse<String> upload(
      String path, String fileName, String contentType, byte[] file, String language) {
    String boundary = "----opsuite" + UUID.randomUUID();
    List<byte[]> parts = new ArrayList<>();
    parts.add(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: "
                + contentType
                + "\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    parts.add(file);
    parts.add(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(
        HttpRequest.newBuilder(root.resolve("api/v1/core/org/staff/import" + path))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArrays(parts)),
        language);
  }

  private HttpResponse<String> send(HttpRequest.Builder request, String language) {
    if (token == null) {
      token = Http.token(root, tenant, TestTenants.adminEmail(tenant), TestTenants.PASSWORD);
    }
    try {
      return HttpClient.newHttpClient()
          .send(
              request
                  .header("Authorization", "Bearer " + token)
                  .header("Accept-Language", language)
                  .timeout(Duration.ofSeconds(120))
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
