package com.opsuite.gas.blacklist;

/**
 * The statements of the blacklist run, in the order {@link BlacklistJob} runs them, public so the
 * benchmark runs exactly these over JDBC. Parameters are numbered ({@code ?1}); every statement
 * filters {@code tenant_id = ?1} itself.
 */
public final class BlacklistSql {

  private BlacklistSql() {}

  /** Fresh planner statistics after a large insert (see the V3 migration). */
  public static final String ANALYZE = "SELECT gas_analyze_worklist()::text";

  /** Inserts larger than this refresh the statistics before the next statement joins them. */
  public static final int ANALYZE_AFTER_ROWS = 1_000;

  /** The per-tenant advisory lock key (two ints): ?1 tenant. */
  public static final String LOCK_KEY = "hashtext('gas-blacklist'), hashtext(?1)";

  /**
   * Takes buyers off and cancels their open audit task with the reason as its note; {@code %s} is
   * an optional customer filter. ?1 tenant, ?2 day, ?3 and ?4 the reason text before and after the
   * date; selects the number who left.
   */
  public static final String LEAVE =
      "WITH bought AS (SELECT e.id, lp.last FROM gas_blacklist_entry e CROSS JOIN LATERAL"
          + " (SELECT max(p.purchased_on) AS last FROM gas_purchase p WHERE p.tenant_id ="
          + " e.tenant_id AND p.customer_id = e.customer_id) lp WHERE e.tenant_id = ?1"
          + " AND e.left_on IS NULL AND lp.last > COALESCE(e.last_purchase_on, DATE '-infinity')"
          + " %s)"
          + ", gone AS (UPDATE gas_blacklist_entry e SET left_on = ?2, leave_reason ="
          + " CAST(?3 AS text) || to_char(b.last, 'YYYY-MM-DD') || CAST(?4 AS text),"
          + " version = e.version + 1 FROM bought b WHERE e.tenant_id = ?1 AND e.id = b.id"
          + " RETURNING e.task_id, e.leave_reason)"
          + ", cancelled AS (UPDATE gas_task t SET status = 'CANCELLED', closed_at = now(),"
          + " close_note = g.leave_reason, version = t.version + 1 FROM gone g"
          + " WHERE t.tenant_id = ?1 AND t.id = g.task_id AND t.status = 'OPEN' RETURNING 1)"
          + " SELECT count(*) FROM gone";

  /**
   * Lists customers whose last purchase is before the cutoff, or who never bought and joined before
   * it. ?1 tenant, ?2 day, ?3 cutoff day, ?4 cutoff instant.
   */
  public static final String LIST =
      "INSERT INTO gas_blacklist_entry (tenant_id, id, customer_id, listed_on, last_purchase_on)"
          + " SELECT c.tenant_id, nextval('gas_blacklist_entry_seq'), c.id, ?2, lp.last"
          + " FROM gas_customer c LEFT JOIN LATERAL (SELECT max(p.purchased_on) AS last"
          + " FROM gas_purchase p WHERE p.tenant_id = c.tenant_id AND p.customer_id = c.id) lp"
          + " ON true WHERE c.tenant_id = ?1 AND c.active"
          + " AND (lp.last < ?3 OR (lp.last IS NULL AND c.created_at < ?4))"
          + " AND NOT EXISTS (SELECT 1 FROM gas_blacklist_entry o WHERE o.tenant_id = c.tenant_id"
          + " AND o.customer_id = c.id AND o.left_on IS NULL)"
          + " ON CONFLICT (tenant_id, customer_id) WHERE left_on IS NULL DO NOTHING";

  /** An audit task for every open entry without one. ?1 tenant, ?2 due day. */
  public static final String OPEN_TASKS =
      "INSERT INTO gas_task (tenant_id, id, kind, customer_id, area_id, due_on, source_ref)"
          + " SELECT e.tenant_id, nextval('gas_task_seq'), 'BLACKLIST_AUDIT', e.customer_id,"
          + " c.area_id, ?2, 'blacklist:' || e.id FROM gas_blacklist_entry e JOIN gas_customer c"
          + " ON c.tenant_id = e.tenant_id AND c.id = e.customer_id WHERE e.tenant_id = ?1"
          + " AND e.left_on IS NULL AND e.task_id IS NULL"
          + " ON CONFLICT (tenant_id, source_ref) WHERE status = 'OPEN' DO NOTHING";

  /** Links the entries to the tasks just opened. ?1 tenant. */
  public static final String LINK_TASKS =
      "UPDATE gas_blacklist_entry e SET task_id = t.id, version = e.version + 1 FROM gas_task t"
          + " WHERE e.tenant_id = ?1 AND e.left_on IS NULL AND e.task_id IS NULL"
          + " AND t.tenant_id = ?1 AND t.status = 'OPEN' AND t.source_ref = 'blacklist:' || e.id";

  /**
   * The line in the log of runs. ?1 tenant, ?2 day, ?3 scheduled, ?4 listed, ?5 left, ?6 assigned,
   * ?7 took ms.
   */
  public static final String RECORD =
      "INSERT INTO gas_blacklist_run (tenant_id, id, run_on, scheduled, listed, left_list,"
          + " assigned, took_ms) VALUES (?1, nextval('gas_blacklist_run_seq'), ?2, ?3, ?4, ?5,"
          + " ?6, ?7)";
}
