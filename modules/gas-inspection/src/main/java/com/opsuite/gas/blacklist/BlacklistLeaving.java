package com.opsuite.gas.blacklist;

import com.opsuite.core.tenancy.TenantRef;
import com.opsuite.gas.GasTexts;
import com.opsuite.gas.task.NativeSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Takes customers who bought gas since they were listed off the blacklist, recording the purchase
 * as the reason, and cancels their open audit task with the same note: one statement, so an entry
 * never leaves without its task being cancelled. Used by a purchase as it is stored and by the
 * nightly run as a safety net. Runs in the caller's transaction, which must hold {@link
 * BlacklistLock}.
 */
@ApplicationScoped
class BlacklistLeaving {

  @PersistenceContext(unitName = "opsuite")
  EntityManager em;

  /** Every listed customer who bought since; the number who left. */
  int leaveAll(TenantRef tenant, LocalDate today) {
    return leave(tenant, today, "");
  }

  /** Those of these customers who bought since they were listed; the number who left. */
  int leave(TenantRef tenant, LocalDate today, Collection<Long> customerIds) {
    if (customerIds.isEmpty()) {
      return 0;
    }
    String ids = customerIds.stream().map(String::valueOf).collect(Collectors.joining(","));
    // Ids are longs joined here, never text from outside.
    return leave(tenant, today, "AND e.customer_id = ANY(CAST('{" + ids + "}' AS bigint[]))");
  }

  private int leave(TenantRef tenant, LocalDate today, String filter) {
    // The reason in the tenant's language, e.g. "Bought gas on 2026-12-01", around the date.
    String[] reason =
        GasTexts.text(tenant.locale(), "blacklist.leave.purchase").split("\\{0\\}", 2);
    return (int)
        NativeSql.count(
            em,
            String.format(BlacklistSql.LEAVE, filter),
            tenant.code(),
            java.sql.Date.valueOf(today),
            reason[0],
            reason.length > 1 ? reason[1] : "");
  }
}
