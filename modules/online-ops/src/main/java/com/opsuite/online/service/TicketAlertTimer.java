package com.opsuite.online.service;

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
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Looks for replies coming due or overdue every few minutes ({@code
 * opsuite.online.ticket-alert-minutes}, 5 by default; 0 switches it off, as the integration tests
 * do, which run it through the API instead), and the reminder of a suggestion review due and not
 * done. Alerts are once per message and stage, reminders once per period, so ticks on several
 * instances are harmless; each tenant's run is a transaction of its own.
 */
@Singleton
@Startup
@DependsOn("DatabaseStartup")
@TransactionManagement(TransactionManagementType.BEAN)
public class TicketAlertTimer {

  private static final Logger LOG = Logger.getLogger(TicketAlertTimer.class.getName());

  @Inject TenantRegistry tenants;
  @Inject TenantScope scope;
  @Inject TenantModules modules;
  @Inject TicketAlerts alerts;
  @Inject SuggestionReviewReminders reviewReminders;
  @Resource TimerService timers;

  @Inject
  @ConfigProperty(name = "opsuite.online.ticket-alert-minutes", defaultValue = "5")
  int minutes;

  @PostConstruct
  void schedule() {
    if (minutes <= 0) {
      return;
    }
    timers.createCalendarTimer(
        new ScheduleExpression().hour("*").minute("*/" + minutes),
        new TimerConfig("online ticket alerts", false));
  }

  @Timeout
  public void tick() {
    for (TenantRef tenant : tenants.active()) {
      try {
        scope.run(
            tenant,
            () -> {
              if (modules.isEnabled(OnlineOpsModule.ID)) {
                TicketAlerts.Run run = alerts.run(Instant.now());
                if (run.reminded() + run.escalated() > 0) {
                  LOG.info(() -> tenant.code() + ": ticket alerts " + run);
                }
                // Once per period at most; a tick on the due day finds it still undone.
                var reminded =
                    reviewReminders.run(
                        LocalDate.now(tenant.timeZone()), SuggestionReviewReminders.ACTOR);
                if (!reminded.isEmpty()) {
                  LOG.info(() -> tenant.code() + ": suggestion review reminders " + reminded);
                }
              }
            });
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Ticket alerts failed for tenant " + tenant.code(), e);
      }
    }
  }
}
