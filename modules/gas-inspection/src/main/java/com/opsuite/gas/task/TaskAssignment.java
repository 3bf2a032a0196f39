package com.opsuite.gas.task;

import com.opsuite.core.settings.TenantSettings;
import com.opsuite.core.tenancy.TenantContext;
import com.opsuite.gas.GasInspectionModule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Gives the open, unassigned tasks of one kind to the active inspectors of each task's area, in one
 * statement however many there are: least-loaded (fewest open tasks first, counting what this batch
 * already gave) or round-robin (continuing after the inspector who got the area's last one), as the
 * tenant's setting says. Tasks in an area without an inspector stay unassigned, where the
 * supervisor sees them, and are picked up by a later batch once the area has one. Runs in the
 * caller's transaction.
 */
@ApplicationScoped
public class TaskAssignment {

  /** Open unassigned tasks of the kind, numbered per area in the order they are walked. */
  private static final String PENDING =
      "pending AS (SELECT t.id, t.area_id, row_number() OVER (PARTITION BY t.area_id"
          + " ORDER BY t.due_on, c.address, t.id) AS rn FROM gas_task t"
          + " JOIN gas_customer c ON c.tenant_id = t.tenant_id AND c.id = t.customer_id"
          + " WHERE t.tenant_id = ?1 AND t.status = 'OPEN' AND t.assignee_id IS NULL"
          + " AND t.kind = ?2)";

  /**
   * Each inspector offers one slot per task needed, slot k at load level (open tasks + k); the
   * area's n-th task takes its n-th lowest slot, which is filling the least loaded first.
   */
  public static final String LEAST_LOADED =
      "WITH "
          + PENDING
          + ", need AS (SELECT area_id, count(*) AS n FROM pending GROUP BY area_id)"
          + ", staff AS MATERIALIZED (SELECT ia.area_id, ia.user_id, (SELECT count(*) FROM gas_task o"
          + " WHERE o.tenant_id = ?1 AND o.assignee_id = ia.user_id AND o.status = 'OPEN')"
          + " AS load FROM gas_inspector_area ia JOIN gas_inspector i ON i.tenant_id ="
          + " ia.tenant_id AND i.user_id = ia.user_id AND i.active JOIN need ON need.area_id ="
          + " ia.area_id WHERE ia.tenant_id = ?1)"
          + ", slots AS (SELECT s.area_id, s.user_id, row_number() OVER (PARTITION BY s.area_id"
          + " ORDER BY s.load + k, s.user_id) AS rn FROM staff s JOIN need n ON n.area_id ="
          + " s.area_id CROSS JOIN LATERAL generate_series(1, n.n) AS k)"
          + " UPDATE gas_task t SET assignee_id = sl.user_id, version = t.version + 1"
          + " FROM pending p JOIN slots sl ON sl.area_id = p.area_id AND sl.rn = p.rn"
          + " WHERE t.tenant_id = ?1 AND t.id = p.id";

  /**
   * Inspectors in user id order; the batch starts after the area's cursor (the last one given a
   * task, or where they would stand if they left the area) and the cursor moves to the last one.
   */
  public static final String ROUND_ROBIN =
      "WITH "
          + PENDING
          + ", staff AS (SELECT ia.area_id, ia.user_id, row_number() OVER (PARTITION BY"
          + " ia.area_id ORDER BY ia.user_id) - 1 AS idx, count(*) OVER (PARTITION BY"
          + " ia.area_id) AS cnt FROM gas_inspector_area ia JOIN gas_inspector i ON i.tenant_id"
          + " = ia.tenant_id AND i.user_id = ia.user_id AND i.active WHERE ia.tenant_id = ?1"
          + " AND ia.area_id IN (SELECT area_id FROM pending))"
          + ", start AS (SELECT s.area_id, count(*) FILTER (WHERE s.user_id <= cur.last_user_id)"
          + " AS first FROM staff s LEFT JOIN gas_assignment_cursor cur ON cur.tenant_id = ?1"
          + " AND cur.area_id = s.area_id GROUP BY s.area_id)"
          + ", choice AS (SELECT p.id, p.area_id, p.rn, s.user_id FROM pending p JOIN start st"
          + " ON st.area_id = p.area_id JOIN staff s ON s.area_id = p.area_id"
          + " AND s.idx = (st.first + p.rn - 1) % s.cnt)"
          + ", assigned AS (UPDATE gas_task t SET assignee_id = ch.user_id, version = t.version"
          + " + 1 FROM choice ch WHERE t.tenant_id = ?1 AND t.id = ch.id"
          + " RETURNING ch.area_id, ch.rn, ch.user_id)"
          + ", moved AS (INSERT INTO gas_assignment_cursor (tenant_id, area_id, last_user_id)"
          + " SELECT DISTINCT ON (area_id) ?1, area_id, user_id FROM assigned"
          + " ORDER BY area_id, rn DESC ON CONFLICT (tenant_id, area_id)"
          + " DO UPDATE SET last_user_id = excluded.last_user_id RETURNING 1)"
          + " SELECT count(*) FROM assigned";

  @PersistenceContext(unitName = "opsuite")
  EntityManager em;

  @Inject TenantContext tenant;
  @Inject TenantSettings settings;

  /** Assigns what can be assigned; the number of tasks given an inspector. */
  public int assignPending(TaskKind kind) {
    String code = tenant.require().code();
    if (roundRobin()) {
      return (int) NativeSql.count(em, ROUND_ROBIN, code, kind.name());
    }
    return NativeSql.update(em, LEAST_LOADED, code, kind.name());
  }

  public boolean roundRobin() {
    return Boolean.parseBoolean(
        settings.value(GasInspectionModule.ID, GasInspectionModule.ASSIGN_ROUND_ROBIN));
  }
}
