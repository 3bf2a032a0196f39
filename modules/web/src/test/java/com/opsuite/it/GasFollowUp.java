package com.opsuite.it;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What the follow-up tests need beyond {@link GasCompany}: completed inspections and the hazards
 * they found, written directly as the inspection flow would have left them, binary requests
 * (evidence uploads, PDF downloads), and reads of the database to check what was stored.
 */
final class GasFollowUp {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private final GasCompany company;

  GasFollowUp(GasCompany company) {
    this.company = company;
  }

  /** A completed inspection of the customer by the inspector: its id. */
  long inspection(long customerId, long inspectorUserId, String badgeNo) {
    return company.insert(
        "gas_inspection",
        "INSERT INTO gas_inspection (tenant_id, id, customer_id, inspector_id, badge_no, status,"
            + " finished_at) VALUES (?, ?, ?, ?, ?, 'COMPLETED', now())",
        customerId,
        inspectorUserId,
        badgeNo);
  }

  /** A hazard the inspection found on the checklist item: its id. */
  long hazard(long inspectionId, long customerId, String itemCode, String description) {
    return company.insert(
        "gas_hazard",
        "INSERT INTO gas_hazard (tenant_id, id, inspection_id, customer_id, item_code,"
            + " description) VALUES (?, ?, ?, ?, ?, ?)",
        inspectionId,
        customerId,
        itemCode,
        description);
  }

  /** The first column of each row of a query on this tenant's rows (tenant as the first ?). */
  List<String> column(String sql, Object... values) {
    try (Connection c = TestDatabase.asAdmin();
        PreparedStatement st = c.prepareStatement(sql)) {
      st.setObject(1, company.tenant);
      for (int i = 0; i < values.length; i++) {
        st.setObject(i + 2, values[i]);
      }
      List<String> found = new ArrayList<>();
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          found.add(rs.getString(1));
        }
      }
      return found;
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  String one(String sql, Object... values) {
    List<String> rows = column(sql, values);
    if (rows.size() != 1) {
      throw new AssertionError(rows.size() + " rows for " + sql);
    }
    return rows.get(0);
  }

  /** Who signs in for a binary request. */
  record Login(String email, String password) {}

  /** A user of the company by name; null: the tenant's administrator. */
  Login login(String who) {
    return who == null
        ? new Login(TestTenants.adminEmail(company.tenant), TestTenants.PASSWORD)
        : new Login(company.person(who).email(), GasCompany.PASSWORD);
  }

  /** A GET answering bytes. */
  HttpResponse<byte[]> getBytes(Login who, URI uri, String... headers) {
    return send(who, HttpRequest.newBuilder(uri).GET(), headers);
  }

  /** A POST of raw bytes with the content type. */
  HttpResponse<byte[]> postBytes(Login who, URI uri, String contentType, byte[] body) {
    return send(
        who,
        HttpRequest.newBuilder(uri)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .header("Content-Type", contentType),
        "Accept-Language",
        "en");
  }

  private HttpResponse<byte[]> send(Login who, HttpRequest.Builder request, String... headers) {
    String token = Http.token(company.root, company.tenant, who.email(), who.password());
    request.header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30));
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try {
      return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
