package com.opsuite.online.service;

import com.opsuite.core.tenancy.TenantBound;
import com.opsuite.core.tenancy.TenantContext;
import com.opsuite.online.BarChartJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Replies of a month per agent, in time and late, for the bar chart on the ticket list: the same
 * messages the SLA measure counts (due in the month, answered or past due), credited the same way.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class SlaChart {

  private static final String NATIVE = "eclipselink.jdbc.allow-native-sql-query";

  private static final String PER_AGENT =
      "SELECT coalesce(u.display_name, '-'), count(*) FILTER (WHERE m.replied_at IS NOT NULL"
          + " AND m.replied_at <= m.reply_due_at), count(*) FILTER (WHERE m.replied_at IS NULL"
          + " OR m.replied_at > m.reply_due_at)"
          + " FROM online_ticket_message m JOIN online_ticket t"
          + " ON t.tenant_id = m.tenant_id AND t.id = m.ticket_id"
          + " LEFT JOIN user_account u ON u.tenant_id = m.tenant_id"
          + " AND u.id = coalesce(m.answered_by, t.assignee_id)"
          + " WHERE m.tenant_id = ?1 AND m.direction = 'CUSTOMER'"
          + " AND m.reply_due_at >= ?2 AND m.reply_due_at < ?3"
          + " AND (m.replied_at IS NOT NULL OR m.reply_due_at <= ?4)"
          + " GROUP BY 1 ORDER BY 1";

  @PersistenceContext EntityManager em;
  @Inject TenantContext tenant;

  public record Row(String agent, long inTime, long late) {}

  public List<Row> month(YearMonth month, Instant now) {
    ZoneId zone = tenant.require().timeZone();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(PER_AGENT)
            .setHint(NATIVE, true)
            .setParameter(1, tenant.require().code())
            .setParameter(2, Timestamp.from(month.atDay(1).atStartOfDay(zone).toInstant()))
            .setParameter(
                3, Timestamp.from(month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant()))
            .setParameter(4, Timestamp.from(now))
            .getResultList();
    List<Row> result = new ArrayList<>();
    for (Object[] r : rows) {
      result.add(new Row((String) r[0], ((Number) r[1]).longValue(), ((Number) r[2]).longValue()));
    }
    return result;
  }

  /** A Chart.js configuration for {@code p:chart}: in time and late, side by side per agent. */
  public static String json(List<Row> rows, String inTimeLabel, String lateLabel) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder inTime = Json.createArrayBuilder();
    JsonArrayBuilder late = Json.createArrayBuilder();
    for (Row r : rows) {
      labels.add(r.agent());
      inTime.add(r.inTime());
      late.add(r.late());
    }
    return BarChartJson.of(
        labels,
        Json.createArrayBuilder()
            .add(BarChartJson.series(inTimeLabel, inTime, "#16a34a"))
            .add(BarChartJson.series(lateLabel, late, "#dc2626")),
        null);
  }
}
