package com.opsuite.core.approval;

import com.opsuite.core.kpi.CoreMeasures;
import com.opsuite.core.kpi.MeasureProvider;
import com.opsuite.core.kpi.Period;
import com.opsuite.core.kpi.Subject;
import com.opsuite.core.tenancy.TenantBound;
import com.opsuite.core.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Core's approval measures, per approver: decisions made in the period, and how many of them by the
 * step's due time. Both come from one grouped query over the period's decisions (in the tenant's
 * time zone), whatever the number of staff. The person counted is the one the step asked (or who
 * stood in after an escalation), even where a delegate clicked.
 */
@ApplicationScoped
public class ApprovalMeasures implements MeasureProvider {

  private static final String NATIVE = "eclipselink.jdbc.allow-native-sql-query";

  private static final String DECISIONS =
      "SELECT a.staff_id, count(*),"
          + " count(*) FILTER (WHERE s.due_at IS NULL OR a.decided_at <= s.due_at)"
          + " FROM approval_approver a JOIN approval_step s"
          + " ON s.tenant_id = a.tenant_id AND s.id = a.step_id"
          + " WHERE a.tenant_id = ?1 AND a.decided_at >= ?2 AND a.decided_at < ?3"
          + " GROUP BY a.staff_id";

  @PersistenceContext EntityManager em;
  @Inject TenantContext tenant;

  @Override
  public Set<String> measureCodes() {
    return Set.of(CoreMeasures.APPROVALS_DECIDED, CoreMeasures.APPROVALS_DECIDED_ON_TIME);
  }

  @Override
  @Transactional
  @TenantBound
  public List<PublishedValue> values(Set<String> measureCodes, Period period) {
    ZoneId zone =
        tenant.require().timeZone() == null ? ZoneId.systemDefault() : tenant.require().timeZone();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(DECISIONS)
            .setHint(NATIVE, true)
            .setParameter(1, tenant.require().code())
            .setParameter(2, Timestamp.from(period.start(zone).toInstant()))
            .setParameter(3, Timestamp.from(period.end(zone).toInstant()))
            .getResultList();
    List<PublishedValue> values = new ArrayList<>();
    for (Object[] row : rows) {
      Subject approver = Subject.staff(((Number) row[0]).longValue());
      if (measureCodes.contains(CoreMeasures.APPROVALS_DECIDED)) {
        values.add(value(CoreMeasures.APPROVALS_DECIDED, approver, row[1]));
      }
      if (measureCodes.contains(CoreMeasures.APPROVALS_DECIDED_ON_TIME)) {
        values.add(value(CoreMeasures.APPROVALS_DECIDED_ON_TIME, approver, row[2]));
      }
    }
    return values;
  }

  private static PublishedValue value(String code, Subject subject, Object count) {
    return new PublishedValue(code, subject, BigDecimal.valueOf(((Number) count).longValue()));
  }
}
