package com.opsuite.gas.plan;

import com.opsuite.core.settings.TenantSettings;
import com.opsuite.core.tenancy.TenantBound;
import com.opsuite.core.tenancy.TenantContext;
import com.opsuite.core.tenancy.TenantRef;
import com.opsuite.gas.GasInspectionModule;
import com.opsuite.gas.blacklist.BlacklistSql;
import com.opsuite.gas.task.NativeSql;
import com.opsuite.gas.task.TaskAssignment;
import com.opsuite.gas.task.TaskKind;
import com.opsuite.gas.task.WorklistRefusedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.time.Year;

/**
 * The year's safety inspections (the seed: every home at least N times a year; key customers, of
 * any kind, flagged for closer audit, K times): N rounds splitting the year for the residential
 * customers and K rounds for the key customers, each round one {@code PLANNED_INSPECTION} task per
 * active customer, due dates spread evenly across the round in each area by address, so an area's
 * inspectors have about the same work every day and walk the streets in order. A customer made key
 * during the year keeps the rounds it has and gains the missing ones of its new schedule. Tasks are
 * identified by {@code plan:<year>:<round>:<customerId>}, so generating again only adds customers
 * who are new (and never re-creates a task already done); then they are assigned like every task.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class AnnualPlan {

  private static final String ROUND =
      "INSERT INTO gas_task (tenant_id, id, kind, customer_id, area_id, due_on, source_ref)"
          + " SELECT ?1, nextval('gas_task_seq'), 'PLANNED_INSPECTION', x.id, x.area_id,"
          + " CAST(?3 AS date) + CAST(((x.pos - 1) * ?4) / x.m AS integer),"
          + " CAST(?2 AS text) || x.id FROM (SELECT c.id, c.area_id, row_number() OVER"
          + " (PARTITION BY c.area_id ORDER BY c.address, c.id) AS pos, count(*) OVER"
          + " (PARTITION BY c.area_id) AS m FROM gas_customer c WHERE c.tenant_id = ?1"
          + " AND c.active AND %s) x WHERE NOT EXISTS (SELECT 1 FROM"
          + " gas_task t WHERE t.tenant_id = ?1 AND t.source_ref = CAST(?2 AS text) || x.id)"
          + " ON CONFLICT (tenant_id, source_ref) WHERE status = 'OPEN' DO NOTHING";

  /** Who is planned on which schedule: the residential customers, and the key customers. */
  private static final String REGULAR = "c.kind = 'RESIDENTIAL' AND NOT c.key_customer";

  private static final String KEY = "c.key_customer";

  @PersistenceContext(unitName = "opsuite")
  EntityManager em;

  @Inject TenantContext context;
  @Inject TenantSettings settings;
  @Inject TaskAssignment assignment;

  public PlanCounts generate(int year) {
    TenantRef tenant = context.require();
    int thisYear = LocalDate.now(tenant.timeZone()).getYear();
    if (year < thisYear - 1 || year > thisYear + 1) {
      throw new WorklistRefusedException(400, "plan.year.invalid", thisYear - 1, thisYear + 1);
    }
    // Two supervisors generating at once would otherwise both find a customer without a task.
    NativeSql.query(
            em,
            "SELECT pg_advisory_xact_lock(hashtext('gas-plan'), hashtext(?1))::text",
            tenant.code())
        .getSingleResult();
    int rounds = rounds(GasInspectionModule.INSPECTIONS_PER_YEAR);
    int keyRounds = rounds(GasInspectionModule.KEY_INSPECTIONS_PER_YEAR);
    int created = plan(tenant, year, REGULAR, rounds) + plan(tenant, year, KEY, keyRounds);
    if (created > BlacklistSql.ANALYZE_AFTER_ROWS) {
      // The assignment joins the tasks just made: plan it on their real number.
      NativeSql.query(em, BlacklistSql.ANALYZE).getSingleResult();
    }
    int assigned = assignment.assignPending(TaskKind.PLANNED_INSPECTION);
    return new PlanCounts(year, rounds, keyRounds, created, assigned);
  }

  private int rounds(String setting) {
    return (int) settings.longValue(GasInspectionModule.ID, setting);
  }

  /** The rounds of one schedule for the customers {@code who} selects; the tasks made. */
  private int plan(TenantRef tenant, int year, String who, int rounds) {
    int days = Year.of(year).length();
    LocalDate first = LocalDate.of(year, 1, 1);
    int created = 0;
    for (int round = 1; round <= rounds; round++) {
      int from = (round - 1) * days / rounds;
      int to = round * days / rounds;
      created +=
          NativeSql.update(
              em,
              String.format(ROUND, who),
              tenant.code(),
              "plan:" + year + ":" + round + ":",
              Date.valueOf(first.plusDays(from)),
              to - from);
    }
    return created;
  }

  /**
   * What generating did: the rounds of residential and of key customers, tasks made over them, and
   * how many went to an inspector.
   */
  public record PlanCounts(int year, int rounds, int keyRounds, int created, int assigned) {}
}
