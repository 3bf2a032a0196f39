package com.opsuite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Field work of a gas utility for the inspection tests: an area, inspectors with badges, households
 * and their tasks (through {@link GasCompany}), and the inspection API as an inspector's phone
 * calls it, including raw image uploads and small generated JPEG and PNG images.
 */
final class GasField {

  static final List<String> CHECK_ITEMS =
      List.of(
          "equipment-damage",
          "pipe-altered",
          "pipe-as-earth",
          "pipe-rust",
          "objects-on-pipe",
          "hose",
          "appliances",
          "leak-test",
          "stove-pressure",
          "meter-running",
          "seal-intact");

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  final GasCompany company;
  final long area;

  GasField(URI root, String prefix) {
    this(new GasCompany(root, prefix));
  }

  /** Field work in a tenant signed up already with the module (among others). */
  GasField(GasCompany company) {
    this(company, company.area("A1", "East district"));
  }

  /** Field work of a utility set up already, in the given area. */
  GasField(GasCompany company, long area) {
    this.company = company;
    this.area = area;
  }

  /** A user with the inspector role and a badge, covering the area. */
  GasCompany.Person inspector(String name, String badge) {
    GasCompany.Person person = company.user(name, "inspector");
    company.inspector(person, badge, area);
    return person;
  }

  /** A household with an open planned-inspection task for the user: the task's id. */
  long taskFor(GasCompany.Person person, String customerNo, String address) {
    long customer = company.household(customerNo, area, address);
    return company.task(
        "PLANNED_INSPECTION",
        customer,
        area,
        person.userId(),
        LocalDate.now(),
        "plan:test:" + customerNo);
  }

  URI api(String path) {
    return company.api(path);
  }

  HttpResponse<String> start(String user, long taskId) {
    return Http.post(api("inspections"), "{\"taskId\":" + taskId + "}", company.as(user, json()));
  }

  HttpResponse<String> get(String user, long inspectionId) {
    return Http.get(api("inspections/" + inspectionId), company.as(user));
  }

  /** Saves the draft with these answers ({@code code=RESULT}), based on {@code version}. */
  HttpResponse<String> save(String user, long inspectionId, long version, String... answers) {
    return put(user, inspectionId, draft(version, answers));
  }

  /** Saves the draft as {@link #save} does, with the position the phone gave. */
  HttpResponse<String> saveAt(
      String user,
      long inspectionId,
      long version,
      String latitude,
      String longitude,
      String accuracyMetres,
      String... answers) {
    return put(
        user,
        inspectionId,
        Json.createObjectBuilder(draft(version, answers))
            .add("latitude", new java.math.BigDecimal(latitude))
            .add("longitude", new java.math.BigDecimal(longitude))
            .add("accuracyMetres", new java.math.BigDecimal(accuracyMetres))
            .build());
  }

  private HttpResponse<String> put(String user, long inspectionId, JsonObject draft) {
    return Http.put(api("inspections/" + inspectionId), draft.toString(), company.as(user, json()));
  }

  private static JsonObject draft(long version, String... answers) {
    JsonArrayBuilder items = Json.createArrayBuilder();
    for (String answer : answers) {
      String[] parts = answer.split("=", 2);
      items.add(
          Json.createObjectBuilder()
              .add("code", parts[0])
              .add("result", parts[1])
              .add("note", parts[1].equals("FAIL") ? "Hose cracked near the stove" : ""));
    }
    return Json.createObjectBuilder()
        .add("version", version)
        .add("items", items)
        .add("notes", "Customer was helpful")
        .build();
  }

  /** Every item passed except the given ones, which fail. */
  static String[] allPassExcept(String... failed) {
    List<String> answers = new ArrayList<>();
    for (String code : CHECK_ITEMS) {
      answers.add(code + "=" + (List.of(failed).contains(code) ? "FAIL" : "PASS"));
    }
    return answers.toArray(String[]::new);
  }

  HttpResponse<String> photo(
      String user, long inspectionId, String item, byte[] body, String type) {
    return upload(
        user,
        api("inspections/" + inspectionId + "/photos" + (item == null ? "" : "?item=" + item)),
        body,
        type);
  }

  HttpResponse<String> signature(String user, long inspectionId, byte[] png) {
    return upload(user, api("inspections/" + inspectionId + "/signature"), png, "image/png");
  }

  HttpResponse<String> complete(String user, long inspectionId) {
    return Http.post(
        api("inspections/" + inspectionId + "/complete"), "{}", company.as(user, json()));
  }

  HttpResponse<String> entryFailed(String user, long inspectionId, String body) {
    return Http.post(
        api("inspections/" + inspectionId + "/entry-failed"), body, company.as(user, json()));
  }

  HttpResponse<byte[]> evidence(String user, long evidenceId) {
    return send(
        HttpRequest.newBuilder(api("evidence/" + evidenceId))
            .header("Authorization", "Bearer " + token(user))
            .header("Accept-Language", "en")
            .GET());
  }

  private HttpResponse<String> upload(String user, URI uri, byte[] body, String type) {
    HttpResponse<byte[]> response =
        send(
            HttpRequest.newBuilder(uri)
                .header("Authorization", "Bearer " + token(user))
                .header("Content-Type", type)
                .header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    return new StringResponse(response);
  }

  private String token(String user) {
    return Http.token(
        company.root, company.tenant, company.person(user).email(), GasCompany.PASSWORD);
  }

  private static HttpResponse<byte[]> send(HttpRequest.Builder request) {
    try {
      return CLIENT.send(
          request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String[] json() {
    return new String[] {"Accept-Language", "en"};
  }

  static long id(HttpResponse<String> response) {
    return Http.json(response).getJsonNumber("id").longValue();
  }

  static long version(HttpResponse<String> response) {
    return Http.json(response).getJsonNumber("version").longValue();
  }

  static String detail(HttpResponse<String> response) {
    JsonObject problem = Http.json(response);
    return problem.getString("detail", "");
  }

  /** A small real JPEG (a grey square with a red line), as a phone camera would give. */
  static byte[] jpeg() {
    return image("jpg", BufferedImage.TYPE_INT_RGB);
  }

  /** A small real PNG, as the signature pad gives. */
  static byte[] png() {
    return image("png", BufferedImage.TYPE_INT_ARGB);
  }

  private static byte[] image(String format, int type) {
    BufferedImage image = new BufferedImage(64, 48, type);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.LIGHT_GRAY);
    g.fillRect(0, 0, 64, 48);
    g.setColor(Color.RED);
    g.drawLine(0, 0, 63, 47);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      assertEquals(true, ImageIO.write(image, format, out), format);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** One value of the first row of a query on the tenant's rows, as text. */
  String value(String sql, Object... params) {
    try (Connection c = TestDatabase.asAdmin();
        PreparedStatement st = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        st.setObject(i + 1, params[i]);
      }
      try (ResultSet rs = st.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /** A byte response read as text, for the problem bodies of refused uploads. */
  private record StringResponse(HttpResponse<byte[]> bytes) implements HttpResponse<String> {
    @Override
    public int statusCode() {
      return bytes.statusCode();
    }

    @Override
    public HttpRequest request() {
      return bytes.request();
    }

    @Override
    public java.util.Optional<HttpResponse<String>> previousResponse() {
      return java.util.Optional.empty();
    }

    @Override
    public java.net.http.HttpHeaders headers() {
      return bytes.headers();
    }

    @Override
    public String body() {
      return new String(bytes.body(), java.nio.charset.StandardCharsets.UTF_8);
    }

    @Override
    public java.util.Optional<javax.net.ssl.SSLSession> sslSession() {
      return bytes.sslSession();
    }

    @Override
    public URI uri() {
      return bytes.uri();
    }

    @Override
    public HttpClient.Version version() {
      return bytes.version();
    }
  }
}
