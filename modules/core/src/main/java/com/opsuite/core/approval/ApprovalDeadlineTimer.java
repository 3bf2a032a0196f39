package com.opsuite.core.approval;

import com.opsuite.core.tenancy.TenantRef;
import com.opsuite.core.tenancy.TenantRegistry;
import com.opsuite.core.tenancy.TenantScope;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every minute, on every instance, visits each active tenant and lets {@link ApprovalDeadlines}
 * handle its overdue steps, one transaction per tenant (a transaction never serves two tenants, and
 * row-level security shows each only its own rows). Instances need not agree on who runs: the claim
 * makes each step's reminder happen once. Non-persistent: a missed minute is caught up by the next.
 *
 * <p>Bean-managed, so the container opens no transaction around the loop (with one, every tenant's
 * work would join it and one tenant's failure would roll back all); each tenant's call opens its
 * own.
 */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN) // no container transaction around tenants
public class ApprovalDeadlineTimer {

  private static final Logger LOG = Logger.getLogger(ApprovalDeadlineTimer.class.getName());

  @Inject TenantRegistry tenants;
  @Inject TenantScope scope;
  @Inject ApprovalDeadlines deadlines;

  @Schedule(minute = "*", hour = "*", persistent = false, info = "approval deadlines")
  public void everyMinute() {
    Instant now = Instant.now();
    for (TenantRef tenant : tenants.active()) {
      try {
        int handled = scope.call(tenant, () -> deadlines.handleOverdue(now));
        if (handled > 0) {
          LOG.fine(() -> tenant.code() + ": " + handled + " overdue approval step(s)");
        }
      } catch (RuntimeException e) {
        // One tenant's failure (its transaction rolled back, its steps stay due) stops no other.
        LOG.log(Level.WARNING, "Approval deadlines failed for tenant " + tenant.code(), e);
      }
    }
  }
}
