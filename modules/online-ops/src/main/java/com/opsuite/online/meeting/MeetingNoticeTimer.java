package com.opsuite.online.meeting;

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
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Looks every few minutes ({@code opsuite.online.meeting-notice-minutes}, 5 by default; 0 switches
 * it off, as the integration tests do, which run it through the API at the instant they mean) for
 * meetings whose notice time has come, in each active tenant with the module. Notices are once per
 * meeting, so ticks on several instances are harmless; each tenant's run is its own transaction.
 */
@Singleton
@Startup
@DependsOn("DatabaseStartup")
@TransactionManagement(TransactionManagementType.BEAN)
public class MeetingNoticeTimer {

  private static final Logger LOG = Logger.getLogger(MeetingNoticeTimer.class.getName());

  @Inject TenantRegistry tenants;
  @Inject TenantScope scope;
  @Inject TenantModules modules;
  @Inject MeetingNotices notices;
  @Resource TimerService timers;

  @Inject
  @ConfigProperty(name = "opsuite.online.meeting-notice-minutes", defaultValue = "5")
  int minutes;

  @PostConstruct
  void schedule() {
    if (minutes <= 0) {
      return;
    }
    timers.createCalendarTimer(
        new ScheduleExpression().hour("*").minute("*/" + minutes),
        new TimerConfig("online meeting notices", false));
  }

  @Timeout
  public void tick() {
    for (TenantRef tenant : tenants.active()) {
      try {
        scope.run(
            tenant,
            () -> {
              if (modules.isEnabled(OnlineOpsModule.ID)) {
                var sent = notices.run(Instant.now(), MeetingNotices.ACTOR);
                if (!sent.isEmpty()) {
                  LOG.info(() -> tenant.code() + ": meeting notices " + sent);
                }
              }
            });
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Meeting notices failed for tenant " + tenant.code(), e);
      }
    }
  }
}
