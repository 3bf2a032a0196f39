package com.opsuite.gas.kpi;

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
import java.sql.Date;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Computes {@link GasMeasures} for a period with one grouped query, whatever the number of staff:
 * each measure counted per user, then mapped to that user's staff record. A hazard is credited to
 * whoever followed it up: the assignee of its re-inspection, else the inspector who found it. The
 * company's value counts everything, also work of users without a staff record or nobody assigned.
 */
@ApplicationScoped
public class GasMeasureProvider implements MeasureProvider {

  private static final String NATIVE = "eclipselink.jdbc.allow-native-sql-query";

  private static final String COUNTS =
      "SELECT m.code, s.id, sum(m.n) FROM ("
          + " SELECT '"
          + GasMeasures.INSPECTIONS_DONE
          + "' AS code, i.inspector_id AS user_id, count(*) AS n FROM gas_inspection i"
          + " WHERE i.tenant_id = ?1 AND i.status = 'COMPLETED'"
          + " AND i.finished_at >= ?2 AND i.finished_at < ?3 GROUP BY i.inspector_id"
          + " UNION ALL SELECT '"
          + GasMeasures.INSPECTIONS_PLANNED
          + "', t.assignee_id, count(*) FROM gas_task t WHERE t.tenant_id = ?1"
          + " AND t.kind IN ('PLANNED_INSPECTION', 'REINSPECTION', 'REVISIT')"
          + " AND t.status <> 'CANCELLED' AND t.due_on >= ?4 AND t.due_on <= ?5"
          + " GROUP BY t.assignee_id"
          + " UNION ALL SELECT '"
          + GasMeasures.BLACKLIST_AUDITS_CLOSED
          + "', t.assignee_id, count(*) FROM gas_task t WHERE t.tenant_id = ?1"
          + " AND t.kind = 'BLACKLIST_AUDIT' AND t.status = 'DONE'"
          + " AND t.closed_at >= ?2 AND t.closed_at < ?3 GROUP BY t.assignee_id"
          + " UNION ALL SELECT x.code, x.user_id, count(*) FROM (SELECT"
          + " coalesce(rt.assignee_id, i.inspector_id) AS user_id, unnest(CASE WHEN"
          + " h.deadline_on IS NULL OR (h.closed_at AT TIME ZONE ?6)::date <= h.deadline_on"
          + " THEN ARRAY['"
          + GasMeasures.HAZARDS_RECTIFIED
          + "', '"
          + GasMeasures.HAZARDS_RECTIFIED_ON_TIME
          + "'] ELSE ARRAY['"
          + GasMeasures.HAZARDS_RECTIFIED
          + "'] END) AS code"
          + " FROM gas_hazard h JOIN gas_inspection i"
          + " ON i.tenant_id = h.tenant_id AND i.id = h.inspection_id"
          + " LEFT JOIN gas_task rt ON rt.tenant_id = h.tenant_id AND rt.id = h.reinspection_task_id"
          + " WHERE h.tenant_id = ?1 AND h.status = 'CLOSED'"
          + " AND h.closed_at >= ?2 AND h.closed_at < ?3) x GROUP BY x.code, x.user_id"
          + ") m LEFT JOIN staff_member s ON s.tenant_id = ?1 AND s.user_id = m.user_id"
          + " GROUP BY m.code, s.id";

  @PersistenceContext EntityManager em;
  @Inject TenantContext tenantContext;

  @Override
  public Set<String> measureCodes() {
    return Set.of(
        GasMeasures.INSPECTIONS_DONE,
        GasMeasures.INSPECTIONS_PLANNED,
        GasMeasures.HAZARDS_RECTIFIED,
        GasMeasures.HAZARDS_RECTIFIED_ON_TIME,
        GasMeasures.BLACKLIST_AUDITS_CLOSED);
  }

  @Override
  @Transactional
  @TenantBound
  public List<PublishedValue> values(Set<String> measureCodes, Period period) {
    TenantRef tenant = tenantContext.require();
    ZoneId zone = tenant.timeZone() == null ? ZoneId.systemDefault() : tenant.timeZone();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(COUNTS)
            .setHint(NATIVE, true)
            .setParameter(1, tenant.code())
            .setParameter(2, Timestamp.from(period.start(zone).toInstant()))
            .setParameter(3, Timestamp.from(period.end(zone).toInstant()))
            .setParameter(4, Date.valueOf(period.firstDay()))
            .setParameter(5, Date.valueOf(period.lastDay()))
            .setParameter(6, zone.getId())
            .getResultList();
    List<PublishedValue> values = new ArrayList<>();
    Map<String, BigDecimal> company = new LinkedHashMap<>();
    for (Object[] row : rows) {
      String code = (String) row[0];
      if (!measureCodes.contains(code)) {
        continue;
      }
      BigDecimal count = BigDecimal.valueOf(((Number) row[2]).longValue());
      company.merge(code, count, BigDecimal::add);
      if (row[1] != null) {
        values.add(new PublishedValue(code, Subject.staff(((Number) row[1]).longValue()), count));
      }
    }
    company.forEach((code, count) -> values.add(new PublishedValue(code, Subject.tenant(), count)));
    return values;
  }
}
