package com.opsuite.online.service;

import com.opsuite.core.kpi.MeasureProvider;
import com.opsuite.core.kpi.Period;
import com.opsuite.core.kpi.Subject;
import com.opsuite.core.tenancy.TenantBound;
import com.opsuite.core.tenancy.TenantContext;
import com.opsuite.core.tenancy.TenantRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Publishes the desk's two measures per staff member and for the company, one grouped query each.
 * SLA compliance: of the customer messages whose reply fell due in the period and that are decided
 * (answered, or past due), the share answered by the due instant, credited to whoever answered, or
 * to the assignee while unanswered. Satisfaction: the average callback score of the period,
 * credited to the ticket's assignee.
 */
@ApplicationScoped
public class ServiceMeasureProvider implements MeasureProvider {

  private static final String NATIVE = "eclipselink.jdbc.allow-native-sql-query";

  private static final String SLA =
      "SELECT s.id, sum(x.total), sum(x.in_time) FROM ("
          + " SELECT coalesce(m.answered_by, t.assignee_id) AS user_id, count(*) AS total,"
          + " count(*) FILTER (WHERE m.replied_at IS NOT NULL AND m.replied_at <= m.reply_due_at)"
          + " AS in_time FROM online_ticket_message m JOIN online_ticket t"
          + " ON t.tenant_id = m.tenant_id AND t.id = m.ticket_id"
          + " WHERE m.tenant_id = ?1 AND m.direction = 'CUSTOMER'"
          + " AND m.reply_due_at >= ?2 AND m.reply_due_at < ?3"
          + " AND (m.replied_at IS NOT NULL OR m.reply_due_at <= now())"
          + " GROUP BY 1) x"
          + " LEFT JOIN staff_member s ON s.tenant_id = ?1 AND s.user_id = x.user_id"
          + " GROUP BY s.id";

  private static final String SATISFACTION =
      "SELECT s.id, sum(t.satisfaction), count(*) FROM online_ticket t"
          + " LEFT JOIN staff_member s ON s.tenant_id = ?1 AND s.user_id = t.assignee_id"
          + " WHERE t.tenant_id = ?1 AND t.callback_at >= ?2 AND t.callback_at < ?3"
          + " AND t.satisfaction IS NOT NULL GROUP BY s.id";

  @PersistenceContext EntityManager em;
  @Inject TenantContext tenantContext;

  @Override
  public Set<String> measureCodes() {
    return Set.of(ServiceFeature.SLA_COMPLIANCE, ServiceFeature.SATISFACTION);
  }

  @Override
  @Transactional
  @TenantBound
  public List<PublishedValue> values(Set<String> measureCodes, Period period) {
    List<PublishedValue> values = new ArrayList<>();
    if (measureCodes.contains(ServiceFeature.SLA_COMPLIANCE)) {
      ratio(values, ServiceFeature.SLA_COMPLIANCE, SLA, period, 4);
    }
    if (measureCodes.contains(ServiceFeature.SATISFACTION)) {
      ratio(values, ServiceFeature.SATISFACTION, SATISFACTION, period, 2);
    }
    return values;
  }

  /**
   * One value per staff member and one for the company from rows of (staff id or null, a, b): the
   * SLA query gives (messages, in time), so its value is b / a; satisfaction gives (sum, count), so
   * its value is a / b.
   */
  private void ratio(
      List<PublishedValue> values, String code, String sql, Period period, int scale) {
    TenantRef tenant = tenantContext.require();
    ZoneId zone = tenant.timeZone() == null ? ZoneId.systemDefault() : tenant.timeZone();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(sql)
            .setHint(NATIVE, true)
            .setParameter(1, tenant.code())
            .setParameter(2, Timestamp.from(period.start(zone).toInstant()))
            .setParameter(3, Timestamp.from(period.end(zone).toInstant()))
            .getResultList();
    boolean sla = code.equals(ServiceFeature.SLA_COMPLIANCE);
    long allNumerator = 0;
    long allDenominator = 0;
    for (Object[] row : rows) {
      long a = ((Number) row[1]).longValue();
      long b = ((Number) row[2]).longValue();
      long numerator = sla ? b : a;
      long denominator = sla ? a : b;
      allNumerator += numerator;
      allDenominator += denominator;
      if (row[0] != null && denominator > 0) {
        values.add(
            new PublishedValue(
                code,
                Subject.staff(((Number) row[0]).longValue()),
                divide(numerator, denominator, scale)));
      }
    }
    if (allDenominator > 0) {
      values.add(
          new PublishedValue(code, Subject.tenant(), divide(allNumerator, allDenominator, scale)));
    }
  }

  private static BigDecimal divide(long numerator, long denominator, int scale) {
    return BigDecimal.valueOf(numerator)
        .divide(BigDecimal.valueOf(denominator), scale, RoundingMode.HALF_UP);
  }
}
