package com.opsuite.online.cadence;

import com.opsuite.core.kpi.MeasureProvider;
import com.opsuite.core.kpi.Period;
import com.opsuite.core.kpi.Subject;
import com.opsuite.core.tenancy.TenantBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code online.cadence-compliance}: of the rule-periods due in the KPI period and concluded (met
 * or missed; weeks still running and exempt weeks left out), the share met. Each counts for the
 * platform's owner (occasion rules for the website owners) and once for the company. Reads the
 * rules week by week over the period in one load, so the cost does not grow with the staff.
 */
@ApplicationScoped
public class CadenceMeasureProvider implements MeasureProvider {

  @PersistenceContext EntityManager em;
  @Inject CadenceData data;

  @Override
  public Set<String> measureCodes() {
    return Set.of(CadenceFeature.COMPLIANCE_MEASURE);
  }

  @Override
  @Transactional
  @TenantBound
  public List<PublishedValue> values(Set<String> measureCodes, Period period) {
    if (!measureCodes.contains(CadenceFeature.COMPLIANCE_MEASURE)) {
      return List.of();
    }
    LocalDate first = period.firstDay();
    LocalDate last = period.lastDay();
    LocalDate today = data.today();
    CadenceRules rules = data.rules();
    CadenceRules.Inputs in = data.load(CadenceRules.mondayOf(first), last.plusDays(6));
    Map<Long, int[]> perUser = new HashMap<>();
    int[] company = new int[2];
    for (LocalDate monday = CadenceRules.mondayOf(first);
        !monday.isAfter(last);
        monday = monday.plusWeeks(1)) {
      for (CadenceRules.Result r : rules.week(monday, today, in)) {
        if (!r.status().concluded() || r.dueOn().isBefore(first) || r.dueOn().isAfter(last)) {
          continue;
        }
        int met = r.status() == Compliance.MET ? 1 : 0;
        company[0] += met;
        company[1]++;
        for (long owner : r.ownerIds()) {
          int[] counts = perUser.computeIfAbsent(owner, k -> new int[2]);
          counts[0] += met;
          counts[1]++;
        }
      }
    }
    List<PublishedValue> values = new ArrayList<>();
    String code = CadenceFeature.COMPLIANCE_MEASURE;
    staffOf(perUser.keySet())
        .forEach(
            (userId, staffId) ->
                values.add(
                    new PublishedValue(code, Subject.staff(staffId), share(perUser.get(userId)))));
    if (company[1] > 0) {
      values.add(new PublishedValue(code, Subject.tenant(), share(company)));
    }
    return values;
  }

  private static BigDecimal share(int[] counts) {
    return BigDecimal.valueOf(counts[0])
        .divide(BigDecimal.valueOf(counts[1]), 4, RoundingMode.HALF_UP);
  }

  /** The staff record of each user that has one. */
  private Map<Long, Long> staffOf(Set<Long> userIds) {
    Map<Long, Long> staff = new HashMap<>();
    if (userIds.isEmpty()) {
      return staff;
    }
    List<Object[]> rows =
        em.createQuery(
                "SELECT s.userId, MIN(s.id) FROM StaffMember s WHERE s.userId IN :users"
                    + " GROUP BY s.userId",
                Object[].class)
            .setParameter("users", userIds)
            .getResultList();
    for (Object[] r : rows) {
      staff.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
    }
    return staff;
  }
}
