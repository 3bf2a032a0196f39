package com.opsuite.gas.blacklist;

import com.opsuite.core.tenancy.TenantBound;
import com.opsuite.core.tenancy.TenantContext;
import com.opsuite.gas.task.NativeSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the blacklist page and API show: the current list a page at a time (it can hold hundreds of
 * thousands of customers), the leavers with their reasons, and the list's size week by week. Native
 * SQL joining entry, customer, area, task and assignee, each filtered by the tenant explicitly.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class BlacklistQueries {

  private static final String LISTED_FROM =
      " FROM gas_blacklist_entry e JOIN gas_customer c ON c.tenant_id = e.tenant_id"
          + " AND c.id = e.customer_id JOIN gas_area a ON a.tenant_id = c.tenant_id"
          + " AND a.id = c.area_id LEFT JOIN gas_task t ON t.tenant_id = e.tenant_id"
          + " AND t.id = e.task_id LEFT JOIN user_account u ON u.tenant_id = t.tenant_id"
          + " AND u.id = t.assignee_id WHERE e.tenant_id = ?1";

  private static final String COLUMNS =
      "SELECT e.id, e.customer_id, c.customer_no, c.name, c.address, c.area_id, a.name,"
          + " e.listed_on, e.last_purchase_on, t.id, t.status, t.assignee_id, u.display_name,"
          + " t.version, t.due_on, e.left_on, e.leave_reason";

  @PersistenceContext(unitName = "opsuite")
  EntityManager em;

  @Inject TenantContext tenant;

  /** Who is on the list now, by area and address. */
  public Page listed(Filter filter, int first, int max) {
    List<Object> params = new ArrayList<>();
    params.add(tenant.require().code());
    String where = " AND e.left_on IS NULL" + filter.sql(params);
    long total = NativeSql.count(em, "SELECT count(*)" + LISTED_FROM + where, params.toArray());
    List<Row> rows =
        rows(
            COLUMNS
                + LISTED_FROM
                + where
                + " ORDER BY a.name, c.address, e.id LIMIT "
                + Math.max(0, Math.min(max, 100_000))
                + " OFFSET "
                + Math.max(0, first),
            params);
    return new Page(total, rows);
  }

  /** Who left the list from the day on, most recent first, with why. */
  public List<Row> leavers(LocalDate from, int max) {
    List<Object> params = new ArrayList<>();
    params.add(tenant.require().code());
    params.add(Date.valueOf(from));
    return rows(
        COLUMNS
            + LISTED_FROM
            + " AND e.left_on >= ?2 ORDER BY e.left_on DESC, e.id DESC LIMIT "
            + Math.max(0, Math.min(max, 5000)),
        params);
  }

  /** The size of the list at the end of each of the last weeks, the oldest first. */
  public List<WeekSize> trend(LocalDate today, int weeks) {
    LocalDate first = today.minusWeeks(Math.max(1, weeks) - 1L);
    List<?> result =
        NativeSql.query(
                em,
                "SELECT CAST(w AS date), (SELECT count(*) FROM gas_blacklist_entry e"
                    + " WHERE e.tenant_id = ?1 AND e.listed_on <= CAST(w AS date) AND (e.left_on"
                    + " IS NULL OR e.left_on > CAST(w AS date))) FROM generate_series(CAST(?2 AS"
                    + " date), CAST(?3 AS date), interval '7 days') AS w ORDER BY 1",
                tenant.require().code(),
                Date.valueOf(first),
                Date.valueOf(today))
            .getResultList();
    return result.stream()
        .map(o -> (Object[]) o)
        .map(r -> new WeekSize(((Date) r[0]).toLocalDate(), ((Number) r[1]).longValue()))
        .toList();
  }

  private List<Row> rows(String sql, List<Object> params) {
    List<?> result = NativeSql.query(em, sql, params.toArray()).getResultList();
    return result.stream().map(o -> Row.of((Object[]) o)).toList();
  }

  /** Narrows the current list: an area, an assignee (or only the unassigned), words. */
  public record Filter(Long areaId, Long assigneeId, boolean unassigned, String q) {

    String sql(List<Object> params) {
      StringBuilder sql = new StringBuilder();
      if (areaId != null) {
        params.add(areaId);
        sql.append(" AND c.area_id = ?").append(params.size());
      }
      if (unassigned) {
        sql.append(" AND t.assignee_id IS NULL");
      } else if (assigneeId != null) {
        params.add(assigneeId);
        sql.append(" AND t.assignee_id = ?").append(params.size());
      }
      if (q != null && !q.isBlank()) {
        params.add(
            "%"
                + q.strip()
                    .toLowerCase(java.util.Locale.ROOT)
                    .replace("%", "\\%")
                    .replace("_", "\\_")
                + "%");
        int n = params.size();
        sql.append(" AND (lower(c.customer_no) LIKE ?")
            .append(n)
            .append(" OR lower(c.name) LIKE ?")
            .append(n)
            .append(" OR lower(c.address) LIKE ?")
            .append(n)
            .append(")");
      }
      return sql.toString();
    }
  }

  public record Page(long total, List<Row> rows) {}

  public record WeekSize(LocalDate weekEnd, long size) {}

  /** One entry with its customer and audit task. */
  public record Row(
      long entryId,
      long customerId,
      String customerNo,
      String customerName,
      String address,
      long areaId,
      String areaName,
      LocalDate listedOn,
      LocalDate lastPurchaseOn,
      Long taskId,
      String taskStatus,
      Long assigneeId,
      String assigneeName,
      Long taskVersion,
      LocalDate taskDueOn,
      LocalDate leftOn,
      String leaveReason) {

    static Row of(Object[] r) {
      return new Row(
          ((Number) r[0]).longValue(),
          ((Number) r[1]).longValue(),
          (String) r[2],
          (String) r[3],
          (String) r[4],
          ((Number) r[5]).longValue(),
          (String) r[6],
          date(r[7]),
          date(r[8]),
          number(r[9]),
          (String) r[10],
          number(r[11]),
          (String) r[12],
          number(r[13]),
          date(r[14]),
          date(r[15]),
          (String) r[16]);
    }

    private static LocalDate date(Object o) {
      return o == null ? null : ((Date) o).toLocalDate();
    }

    private static Long number(Object o) {
      return o == null ? null : ((Number) o).longValue();
    }
  }
}
