package com.opsuite.online.cadence;

import com.opsuite.core.tenancy.TenantModules;
import com.opsuite.core.tenancy.TenantRef;
import com.opsuite.core.tenancy.TenantRegistry;
import com.opsuite.core.tenancy.TenantScope;
import com.opsuite.online.OnlineOpsModule;
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
 * The daily cadence warnings. Tenants live in different time zones, so every hour each active
 * tenant with the module whose local hour is the warning hour ({@code
 * opsuite.online.cadence-warn-at}, 15:00 by default, leaving the afternoon to publish; {@code off}
 * for never, as in the integration tests, which run it through the API) gets its run. Warnings are
 * idempotent per rule and period, so a second instance or a rerun sends nothing twice.
 */
@Singleton
@Startup
@DependsOn("DatabaseStartup")
@TransactionManagement(TransactionManagementType.BEAN)
public class CadenceWarningTimer {

  private static final Logger LOG = Logger.getLogger(CadenceWarningTimer.class.getName());
  static final String ACTOR = "system:cadence-warnings";

  @Inject TenantRegistry tenants;
  @Inject TenantScope scope;
  @Inject TenantModules modules;
  @Inject CadenceWarnings warnings;
  @Resource TimerService timers;

  @Inject
  @ConfigProperty(name = "opsuite.online.cadence-warn-at", defaultValue = "15:00")
  String warnAt;

  @PostConstruct
  void schedule() {
    if ("off".equalsIgnoreCase(warnAt)) {
      return;
    }
    LocalTime.parse(warnAt); // a wrong setting fails the start, not every day
    timers.createCalendarTimer(
        new ScheduleExpression().hour("*").minute(LocalTime.parse(warnAt).getMinute()),
        new TimerConfig("online cadence warnings", false));
  }

  @Timeout
  public void tick() {
    int hour = LocalTime.parse(warnAt).getHour();
    for (TenantRef tenant : tenants.active()) {
      ZonedDateTime now = ZonedDateTime.now(tenant.timeZone());
      if (now.getHour() != hour) {
        continue;
      }
      try {
        scope.run(
            tenant,
            () -> {
              if (modules.isEnabled(OnlineOpsModule.ID)) {
                int sent = warnings.run(now.toLocalDate(), ACTOR).size();
                if (sent > 0) {
                  LOG.info(() -> tenant.code() + ": " + sent + " cadence warning(s)");
                }
              }
            });
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Cadence warnings failed for tenant " + tenant.code(), e);
      }
    }
  }
}
