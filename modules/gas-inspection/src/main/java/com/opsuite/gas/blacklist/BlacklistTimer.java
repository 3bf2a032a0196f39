package com.opsuite.gas.blacklist;

import com.opsuite.core.tenancy.TenantModules;
import com.opsuite.core.tenancy.TenantRef;
import com.opsuite.core.tenancy.TenantRegistry;
import com.opsuite.core.tenancy.TenantScope;
import com.opsuite.gas.GasInspectionModule;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The nightly blacklist run. Tenants live in different time zones, so every few minutes, on every
 * instance, each active tenant with the module whose local time is past the run time ({@code
 * opsuite.gas.blacklist-run-at}, 02:00 by default; {@code off} for never) gets tonight's run unless
 * it is done; the job's advisory lock and its log of runs make that once per tenant and day however
 * many instances ask, and a run that failed is simply tried again at the next tick. Bean-managed
 * like {@code ApprovalDeadlineTimer}: each tenant's run is a transaction of its own.
 */
@Singleton
@Startup
@DependsOn("DatabaseStartup")
@TransactionManagement(TransactionManagementType.BEAN)
public class BlacklistTimer {

  private static final Logger LOG = Logger.getLogger(BlacklistTimer.class.getName());

  @Inject TenantRegistry tenants;
  @Inject TenantScope scope;
  @Inject TenantModules modules;
  @Inject BlacklistJob job;
  @Resource TimerService timers;

  @Inject
  @ConfigProperty(name = "opsuite.gas.blacklist-run-at", defaultValue = "02:00")
  String runAt;

  @Inject
  @ConfigProperty(name = "opsuite.gas.blacklist-check-minutes", defaultValue = "5")
  int checkMinutes;

  @PostConstruct
  void schedule() {
    if ("off".equalsIgnoreCase(runAt)) {
      return; // runs only when a supervisor asks (the integration tests)
    }
    LocalTime.parse(runAt); // a wrong setting fails the start, not every night
    timers.createCalendarTimer(
        new ScheduleExpression().hour("*").minute("*/" + Math.max(1, checkMinutes)),
        new TimerConfig("gas blacklist", false));
  }

  @Timeout
  public void tick() {
    LocalTime at = LocalTime.parse(runAt);
    for (TenantRef tenant : tenants.active()) {
      if (ZonedDateTime.now(tenant.timeZone()).toLocalTime().isBefore(at)) {
        continue;
      }
      try {
        scope.run(
            tenant,
            () -> {
              if (modules.isEnabled(GasInspectionModule.ID)) {
                RunCounts counts = job.runScheduled();
                if (counts.ran()) {
                  LOG.info(() -> tenant.code() + ": blacklist run " + counts);
                }
              }
            });
      } catch (RuntimeException e) {
        // Rolled back whole; the next tick tries again, and other tenants are not held up.
        LOG.log(Level.WARNING, "Blacklist run failed for tenant " + tenant.code(), e);
      }
    }
  }
}
