package com.opsuite.gas.blacklist;

import com.opsuite.core.settings.TenantSettings;
import com.opsuite.core.tenancy.TenantBound;
import com.opsuite.core.tenancy.TenantContext;
import com.opsuite.core.tenancy.TenantRef;
import com.opsuite.gas.GasInspectionModule;
import com.opsuite.gas.task.NativeSql;
import com.opsuite.gas.task.TaskAssignment;
import com.opsuite.gas.task.TaskKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;

/**
 * The no-purchase blacklist run for the current tenant: takes buyers off, lists customers whose
 * last purchase is older than the tenant's threshold (or who never bought and joined before it),
 * opens one audit task per new entry and assigns them. Set-based SQL, a handful of statements
 * whatever the number of customers.
 *
 * <p>One transaction under the tenant's advisory lock: a crash leaves nothing half done, two
 * instances never run it at once, and every step only does what is still missing (entries are
 * guarded by the one-open-entry index, tasks are made for entries without one, assignment takes
 * unassigned tasks), so a second run the same day adds nothing and a run after a failure finishes
 * the work.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class BlacklistJob {

  /** Days the auditor has to visit a newly listed customer. */
  public static final int AUDIT_DAYS = 7;

  @PersistenceContext(unitName = "opsuite")
  EntityManager em;

  @Inject TenantContext context;
  @Inject TenantSettings settings;
  @Inject BlacklistLeaving leaving;
  @Inject TaskAssignment assignment;

  /** A supervisor's run now: waits for a run in progress, then does what is left. */
  public RunCounts runNow() {
    TenantRef tenant = context.require();
    BlacklistLock.await(em, tenant.code());
    return run(tenant, false);
  }

  /** Tonight's run, unless another instance is at it or it is done for today. */
  public RunCounts runScheduled() {
    TenantRef tenant = context.require();
    if (!BlacklistLock.tryTake(em, tenant.code())) {
      return RunCounts.skipped();
    }
    long done =
        NativeSql.count(
            em,
            "SELECT count(*) FROM gas_blacklist_run WHERE tenant_id = ?1 AND run_on = ?2"
                + " AND scheduled",
            tenant.code(),
            Date.valueOf(today(tenant)));
    return done > 0 ? RunCounts.skipped() : run(tenant, true);
  }

  private RunCounts run(TenantRef tenant, boolean scheduled) {
    long started = System.nanoTime();
    String code = tenant.code();
    LocalDate today = today(tenant);
    LocalDate cutoff =
        today.minusMonths(
            settings.longValue(GasInspectionModule.ID, GasInspectionModule.NO_PURCHASE_MONTHS));
    int left = leaving.leaveAll(tenant, today);
    int listed =
        NativeSql.update(
            em,
            BlacklistSql.LIST,
            code,
            Date.valueOf(today),
            Date.valueOf(cutoff),
            Timestamp.from(cutoff.atStartOfDay(tenant.timeZone()).toInstant()));
    analyzeAfter(listed);
    int tasks =
        NativeSql.update(
            em, BlacklistSql.OPEN_TASKS, code, Date.valueOf(today.plusDays(AUDIT_DAYS)));
    analyzeAfter(tasks);
    NativeSql.update(em, BlacklistSql.LINK_TASKS, code);
    int assigned = assignment.assignPending(TaskKind.BLACKLIST_AUDIT);
    long tookMs = (System.nanoTime() - started) / 1_000_000;
    NativeSql.update(
        em,
        BlacklistSql.RECORD,
        code,
        Date.valueOf(today),
        scheduled,
        listed,
        left,
        assigned,
        tookMs);
    return new RunCounts(true, listed, left, tasks, assigned, tookMs);
  }

  /** The next statements join what was just inserted: plan them on its real size. */
  private void analyzeAfter(int inserted) {
    if (inserted > BlacklistSql.ANALYZE_AFTER_ROWS) {
      NativeSql.query(em, BlacklistSql.ANALYZE).getSingleResult();
    }
  }

  private static LocalDate today(TenantRef tenant) {
    return LocalDate.now(tenant.timeZone());
  }
}
