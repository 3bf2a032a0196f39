package com.opsuite.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;

/**
 * Platform data and meeting actions for the meetings tests: weeks and actions written directly
 * where a test needs history it is not about, and raw requests (file bodies, binary answers) as a
 * signed-in person of the {@link OnlineCompany}.
 */
final class OnlineMeetingsData {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  final OnlineCompany co;

  OnlineMeetingsData(OnlineCompany co) {
    this.co = co;
  }

  /** The Monday of an ISO week written as 2026-W45. */
  static LocalDate monday(String week) {
    String[] parts = week.split("-W");
    return LocalDate.of(Integer.parseInt(parts[0]), 1, 4)
        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(parts[1]))
        .with(java.time.DayOfWeek.MONDAY);
  }

  /** A stored week; {@code newFollowers} may be null. */
  void week(
      long platform,
      String week,
      long followers,
      Long newFollowers,
      long reads,
      long interactions,
      long visits,
      long conversions) {
    weekOn(
        platform, monday(week), followers, newFollowers, reads, interactions, visits, conversions);
  }

  void weekOn(
      long platform,
      LocalDate monday,
      long followers,
      Long newFollowers,
      long reads,
      long interactions,
      long visits,
      long conversions) {
    co.execute(
        "INSERT INTO online_platform_week (tenant_id, platform_id, week_start, followers,"
            + " new_followers, reads, interactions, visits, conversions, entered_by)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'test')",
        co.tenant,
        platform,
        Date.valueOf(monday),
        followers,
        newFollowers,
        reads,
        interactions,
        visits,
        conversions);
  }

  long action(String month, String text, String owner, LocalDate due, String status) {
    return co.insert(
        "online_improvement_action",
        "INSERT INTO online_improvement_action (tenant_id, id, meeting_month, text, owner_id,"
            + " due_on, status) VALUES (?, ?, ?, ?, ?, ?, ?)",
        month,
        text,
        owner == null ? null : co.userId(owner),
        due == null ? null : Date.valueOf(due),
        status);
  }

  /** Content published on the platforms at a local time in Shanghai. */
  long publishedAt(String title, String localDateTime, long... platforms) {
    return co.published(
        title,
        "NEWS",
        "manager1",
        LocalDateTime.parse(localDateTime).toInstant(ZoneOffset.ofHours(8)),
        platforms);
  }

  long count(String sql) {
    try (Connection c = TestDatabase.asAdmin();
        PreparedStatement st = c.prepareStatement(sql)) {
      st.setString(1, co.tenant);
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  String token(String person) {
    return Http.token(co.root, co.tenant, co.org.person(person).email(), ApprovalOrg.PASSWORD);
  }

  HttpResponse<byte[]> download(String person, String path, String language) {
    return send(
        HttpRequest.newBuilder(co.api(path))
            .header("Authorization", "Bearer " + token(person))
            .header("Accept-Language", language)
            .GET(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  HttpResponse<String> upload(
      String person, String path, String type, byte[] body, String language) {
    return send(
        HttpRequest.newBuilder(co.api(path))
            .header("Authorization", "Bearer " + token(person))
            .header("Content-Type", type)
            .header("Accept-Language", language)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)),
        HttpResponse.BodyHandlers.ofString());
  }

  static URI root(OnlineCompany co) {
    return co.root;
  }

  private static <T> HttpResponse<T> send(
      HttpRequest.Builder request, HttpResponse.BodyHandler<T> handler) {
    try {
      return HttpClient.newHttpClient()
          .send(request.timeout(Duration.ofSeconds(120)).build(), handler);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
