package com.opsuite.gas.report;

import com.opsuite.core.tenancy.TenantBound;
import com.opsuite.core.tenancy.TenantContext;
import com.opsuite.core.tenancy.TenantRef;
import com.opsuite.gas.registry.Area;
import com.opsuite.gas.theft.TheftStage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Computes the dashboard's {@link Summary} with grouped SQL, never by loading rows. Native SQL, so
 * every statement names the tenant itself (row-level security stands behind it); the days of the
 * span are read in the tenant's time zone. Inspections, hazards, blacklist entries and theft cases
 * belong to the area of their customer; tasks carry their own area.
 */
@ApplicationScoped
public class Summaries {

  private static final String NATIVE = "eclipselink.jdbc.allow-native-sql-query";
  private static final String PLANNED_KINDS = "('PLANNED_INSPECTION', 'REINSPECTION', 'REVISIT')";

  /** Planned tasks (cancelled ones were never going to happen) and finished visits, per key. */
  private static final String COUNTS =
      "SELECT p.k, sum(p.planned), sum(p.done), sum(p.failed) FROM ("
          + " SELECT t.%1$s AS k, count(*) AS planned, 0 AS done, 0 AS failed FROM gas_task t"
          + " WHERE t.tenant_id = ?1 AND t.kind IN "
          + PLANNED_KINDS
          + " AND t.status <> 'CANCELLED' AND t.due_on >= ?2 AND t.due_on <= ?3 %3$s"
          + " GROUP BY t.%1$s"
          + " UNION ALL"
          + " SELECT %2$s, 0, count(*) FILTER (WHERE i.status = 'COMPLETED'),"
          + " count(*) FILTER (WHERE i.status = 'ENTRY_FAILED')"
          + " FROM gas_inspection i JOIN gas_customer c"
          + " ON c.tenant_id = i.tenant_id AND c.id = i.customer_id"
          + " WHERE i.tenant_id = ?1 AND i.status <> 'DRAFT'"
          + " AND i.finished_at >= ?4 AND i.finished_at < ?5 %4$s"
          + " GROUP BY %2$s) p GROUP BY p.k";

  private static final String HAZARDS =
      "SELECT count(*), count(*) FILTER (WHERE h.deadline_on < ?2) FROM gas_hazard h"
          + " JOIN gas_customer c ON c.tenant_id = h.tenant_id AND c.id = h.customer_id"
          + " WHERE h.tenant_id = ?1 AND h.status <> 'CLOSED' %s";

  /** Week ends: each Sunday of the span, the last one cut to the span's last day. */
  private static final String BLACKLIST =
      "SELECT w.week_end, count(b.id) FROM ("
          + " SELECT DISTINCT least(d::date + 6, ?3) AS week_end FROM generate_series("
          + " date_trunc('week', ?2::timestamp), ?3::timestamp, interval '7 days') d) w"
          + " LEFT JOIN (gas_blacklist_entry b JOIN gas_customer c"
          + " ON c.tenant_id = b.tenant_id AND c.id = b.customer_id)"
          + " ON b.tenant_id = ?1 AND b.listed_on <= w.week_end"
          + " AND (b.left_on IS NULL OR b.left_on > w.week_end) %s"
          + " GROUP BY w.week_end ORDER BY w.week_end";

  private static final String THEFT =
      "SELECT t.stage, count(*) FROM gas_theft_case t"
          + " JOIN gas_customer c ON c.tenant_id = t.tenant_id AND c.id = t.customer_id"
          + " WHERE t.tenant_id = ?1 AND t.opened_at >= ?2 AND t.opened_at < ?3 %s"
          + " GROUP BY t.stage";

  private static final String NAMES =
      "SELECT id, display_name FROM user_account WHERE tenant_id = ?1 AND id IN (%s)";

  @PersistenceContext EntityManager em;
  @Inject TenantContext tenantContext;

  /** The tenant's active areas, for choosing one. */
  @Transactional
  @TenantBound
  public List<Area> areas() {
    return em.createQuery("SELECT a FROM Area a WHERE a.active = true ORDER BY a.code", Area.class)
        .getResultList();
  }

  /** The area, if the current tenant has it (another tenant's id is simply not found). */
  @Transactional
  @TenantBound
  public Optional<Area> area(long id) {
    return Optional.ofNullable(em.find(Area.class, id));
  }

  /**
   * The figures for the days {@code from} to {@code to} (both inclusive), limited to the area if
   * one is given; the caller has checked the area belongs to the tenant.
   */
  @Transactional
  @TenantBound
  public Summary summary(LocalDate from, LocalDate to, Long areaId) {
    TenantRef tenant = tenantContext.require();
    ZoneId zone = tenant.timeZone() == null ? ZoneId.systemDefault() : tenant.timeZone();
    String area = areaId == null ? "" : " AND c.area_id = " + areaId;
    String taskArea = areaId == null ? "" : " AND t.area_id = " + areaId;
    Timestamp start = Timestamp.from(from.atStartOfDay(zone).toInstant());
    Timestamp end = Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant());

    List<Object[]> perPerson =
        rows(
            String.format(COUNTS, "assignee_id", "i.inspector_id", taskArea, area),
            tenant.code(),
            Date.valueOf(from),
            Date.valueOf(to),
            start,
            end);
    Map<Long, String> names =
        names(
            tenant.code(),
            perPerson.stream().filter(r -> r[0] != null).map(r -> number(r[0])).toList());
    List<Summary.InspectorCounts> byInspector = new ArrayList<>();
    Summary.Counts totals = Summary.Counts.NONE;
    for (Object[] row : perPerson) {
      Long user = row[0] == null ? null : number(row[0]);
      Summary.Counts counts = counts(row);
      totals = totals.plus(counts);
      byInspector.add(
          new Summary.InspectorCounts(user, user == null ? null : names.get(user), counts));
    }
    byInspector.sort(
        (a, b) -> a.name() == null ? 1 : b.name() == null ? -1 : a.name().compareTo(b.name()));

    Map<Long, Summary.Counts> perArea = new LinkedHashMap<>();
    for (Object[] row :
        rows(
            String.format(COUNTS, "area_id", "c.area_id", taskArea, area),
            tenant.code(),
            Date.valueOf(from),
            Date.valueOf(to),
            start,
            end)) {
      perArea.put(((Number) row[0]).longValue(), counts(row));
    }
    List<Summary.AreaCounts> byArea = new ArrayList<>();
    for (Area a :
        em.createQuery("SELECT a FROM Area a ORDER BY a.code", Area.class).getResultList()) {
      boolean shown = a.isActive() || perArea.containsKey(a.getId());
      if (shown && (areaId == null || areaId.equals(a.getId()))) {
        byArea.add(
            new Summary.AreaCounts(
                a.getId(),
                a.getCode(),
                a.getName(),
                perArea.getOrDefault(a.getId(), Summary.Counts.NONE)));
      }
    }

    Object[] h =
        rows(String.format(HAZARDS, area), tenant.code(), Date.valueOf(LocalDate.now(zone))).get(0);
    Summary.Hazards hazards = new Summary.Hazards(number(h[0]), number(h[1]));

    List<Summary.WeekSize> weeks = new ArrayList<>();
    for (Object[] row :
        rows(String.format(BLACKLIST, area), tenant.code(), Date.valueOf(from), Date.valueOf(to))) {
      weeks.add(new Summary.WeekSize(localDate(row[0]), number(row[1])));
    }
    long size = weeks.isEmpty() ? 0 : weeks.get(weeks.size() - 1).size();

    Map<String, Long> stages = new LinkedHashMap<>();
    for (TheftStage s : TheftStage.values()) {
      stages.put(s.name(), 0L);
    }
    for (Object[] row : rows(String.format(THEFT, area), tenant.code(), start, end)) {
      stages.put((String) row[0], number(row[1]));
    }
    List<Summary.StageCount> theft = new ArrayList<>();
    stages.forEach((stage, count) -> theft.add(new Summary.StageCount(stage, count)));

    return new Summary(
        from,
        to,
        areaId,
        totals,
        byInspector,
        byArea,
        hazards,
        new Summary.Blacklist(size, weeks),
        theft);
  }

  /** The display names of the users (ids from the database, so safe to write into the query). */
  private Map<Long, String> names(String tenant, List<Long> users) {
    Map<Long, String> names = new LinkedHashMap<>();
    if (users.isEmpty()) {
      return names;
    }
    String ids = String.join(",", users.stream().map(String::valueOf).toList());
    for (Object[] row : rows(String.format(NAMES, ids), tenant)) {
      names.put(((Number) row[0]).longValue(), (String) row[1]);
    }
    return names;
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String sql, Object... parameters) {
    Query query = em.createNativeQuery(sql).setHint(NATIVE, true);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    return query.getResultList();
  }

  private static Summary.Counts counts(Object[] row) {
    return Summary.Counts.of(number(row[1]), number(row[2]), number(row[3]));
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  private static LocalDate localDate(Object value) {
    return value instanceof java.sql.Date d ? d.toLocalDate() : LocalDate.parse(value.toString());
  }
}
