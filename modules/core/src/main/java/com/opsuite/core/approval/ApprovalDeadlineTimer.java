package com.opsuite.core.approval;

import com.opsuite.core.tenancy.TenantRef;
import com.opsuite.core.tenancy.TenantRegistry;
import com.opsuite.core.tenancy.TenantScope;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every scan interval ({@code opsuite.approvals.deadline-scan-seconds}, a minute by default), on
 * every instance, visits each active tenant and lets {@link ApprovalDeadlines} handle its overdue
 * steps, one transaction per tenant (a transaction never serves two tenants, and row-level security
 * shows each only its own rows). Instances need not agree on who runs: the claim makes each step's
 * reminder happen once. Non-persistent: a missed scan is caught up by the next.
 *
 * <p>Bean-managed, so the container opens no transaction around the loop (with one, every tenant's
 * work would join it and one tenant's failure would roll back all); each tenant's call opens its
 * own.
 */
@Singleton
@Startup
@DependsOn("DatabaseStartup") // scan only once the schema and its grants are in place
@TransactionManagement(TransactionManagementType.BEAN) // no container transaction around tenants
public class ApprovalDeadlineTimer {

  private static final Logger LOG = Logger.getLogger(ApprovalDeadlineTimer.class.getName());

  @Inject TenantRegistry tenants;
  @Inject TenantScope scope;
  @Inject ApprovalDeadlines deadlines;
  @Resource TimerService timers;

  @Inject
  @ConfigProperty(name = "opsuite.approvals.deadline-scan-seconds", defaultValue = "60")
  long scanSeconds;

  @PostConstruct
  void schedule() {
    long interval = Math.max(1, scanSeconds) * 1000;
    timers.createIntervalTimer(interval, interval, new TimerConfig("approval deadlines", false));
  }

  @Timeout
  public void scan() {
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
