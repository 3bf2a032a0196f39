package com.opsuite.gas.plan;

import com.opsuite.core.tenancy.TenantBound;
import com.opsuite.core.tenancy.TenantContext;
import com.opsuite.core.tenancy.TenantRef;
import com.opsuite.gas.task.NativeSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;

/**
 * How the year's plan stands on a day: per area and per inspector the inspections planned, due
 * before that day and completed (an inspection with status COMPLETED finished in the year up to and
 * including the day), and the planned customers (residential, and key customers of any kind, each
 * on its own schedule) with fewer completed inspections than were due: the overdue, key customers
 * marked.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class PlanCoverage {

  /** ?1 tenant, ?2 'plan:<year>:%', ?3 year start, ?4 end of the day, ?5 the day. */
  private static final String BASE =
      "WITH plan AS (SELECT t.customer_id, t.assignee_id, t.due_on FROM gas_task t"
          + " WHERE t.tenant_id = ?1 AND t.kind = 'PLANNED_INSPECTION' AND t.source_ref LIKE ?2"
          + " AND t.status <> 'CANCELLED')"
          + ", done AS (SELECT i.customer_id, i.inspector_id FROM gas_inspection i"
          + " WHERE i.tenant_id = ?1 AND i.status = 'COMPLETED' AND i.finished_at >= ?3"
          + " AND i.finished_at < ?4)"
          + ", per_customer AS (SELECT c.id, c.customer_no, c.name, c.address, c.area_id,"
          + " c.key_customer,"
          + " COALESCE(p.planned, 0) AS planned, COALESCE(p.due, 0) AS due,"
          + " COALESCE(d.done, 0) AS done FROM gas_customer c LEFT JOIN (SELECT customer_id,"
          + " count(*) AS planned, count(*) FILTER (WHERE due_on < ?5) AS due FROM plan"
          + " GROUP BY customer_id) p ON p.customer_id = c.id LEFT JOIN (SELECT customer_id,"
          + " count(*) AS done FROM done GROUP BY customer_id) d ON d.customer_id = c.id"
          + " WHERE c.tenant_id = ?1 AND c.active AND (c.kind = 'RESIDENTIAL' OR c.key_customer)) ";

  private static final String AREAS =
      BASE
          + "SELECT a.id, a.name, count(pc.id), COALESCE(sum(pc.planned), 0),"
          + " COALESCE(sum(pc.due), 0), COALESCE(sum(pc.done), 0),"
          + " count(pc.id) FILTER (WHERE pc.done < pc.due) FROM gas_area a"
          + " LEFT JOIN per_customer pc ON pc.area_id = a.id WHERE a.tenant_id = ?1"
          + " GROUP BY a.id, a.name ORDER BY a.name, a.id";

  private static final String INSPECTORS =
      BASE
          + "SELECT i.user_id, u.display_name, COALESCE(p.planned, 0), COALESCE(p.due, 0),"
          + " COALESCE(d.done, 0) FROM gas_inspector i JOIN user_account u ON u.tenant_id ="
          + " i.tenant_id AND u.id = i.user_id LEFT JOIN (SELECT assignee_id, count(*) AS"
          + " planned, count(*) FILTER (WHERE due_on < ?5) AS due FROM plan GROUP BY"
          + " assignee_id) p ON p.assignee_id = i.user_id LEFT JOIN (SELECT inspector_id,"
          + " count(*) AS done FROM done GROUP BY inspector_id) d ON d.inspector_id = i.user_id"
          + " WHERE i.tenant_id = ?1 ORDER BY u.display_name, i.user_id";

  private static final String OVERDUE =
      BASE
          + "SELECT pc.id, pc.customer_no, pc.name, pc.address, a.name, pc.due, pc.done,"
          + " pc.key_customer"
          + " FROM per_customer pc JOIN gas_area a ON a.tenant_id = ?1 AND a.id = pc.area_id"
          + " WHERE pc.done < pc.due ORDER BY a.name, pc.address, pc.id LIMIT 1000";

  @PersistenceContext(unitName = "opsuite")
  EntityManager em;

  @Inject TenantContext context;

  public Coverage of(int year, LocalDate asOf) {
    TenantRef tenant = context.require();
    Object[] params = {
      tenant.code(),
      "plan:" + year + ":%",
      Timestamp.from(LocalDate.of(year, 1, 1).atStartOfDay(tenant.timeZone()).toInstant()),
      Timestamp.from(asOf.plusDays(1).atStartOfDay(tenant.timeZone()).toInstant()),
      java.sql.Date.valueOf(asOf)
    };
    List<AreaLine> areas =
        rows(AREAS, params).stream()
            .map(
                r ->
                    new AreaLine(
                        n(r[0]), (String) r[1], n(r[2]), n(r[3]), n(r[4]), n(r[5]), n(r[6])))
            .toList();
    List<InspectorLine> inspectors =
        rows(INSPECTORS, params).stream()
            .map(r -> new InspectorLine(n(r[0]), (String) r[1], n(r[2]), n(r[3]), n(r[4])))
            .toList();
    List<OverdueLine> overdue =
        rows(OVERDUE, params).stream()
            .map(
                r ->
                    new OverdueLine(
                        n(r[0]),
                        (String) r[1],
                        (String) r[2],
                        (String) r[3],
                        (String) r[4],
                        n(r[5]),
                        n(r[6]),
                        (Boolean) r[7]))
            .toList();
    long overdueTotal = areas.stream().mapToLong(AreaLine::overdueCustomers).sum();
    return new Coverage(year, asOf, areas, inspectors, overdueTotal, overdue);
  }

  private List<Object[]> rows(String sql, Object[] params) {
    List<?> result = NativeSql.query(em, sql, params).getResultList();
    return result.stream().map(o -> (Object[]) o).toList();
  }

  private static long n(Object o) {
    return ((Number) o).longValue();
  }

  /** The plan on a day; {@code overdue} lists the first thousand of {@code overdueTotal}. */
  public record Coverage(
      int year,
      LocalDate asOf,
      List<AreaLine> areas,
      List<InspectorLine> inspectors,
      long overdueTotal,
      List<OverdueLine> overdue) {}

  public record AreaLine(
      long areaId,
      String areaName,
      long customers,
      long planned,
      long dueSoFar,
      long done,
      long overdueCustomers) {}

  public record InspectorLine(long userId, String name, long planned, long dueSoFar, long done) {}

  public record OverdueLine(
      long customerId,
      String customerNo,
      String name,
      String address,
      String areaName,
      long due,
      long done,
      boolean keyCustomer) {}
}
