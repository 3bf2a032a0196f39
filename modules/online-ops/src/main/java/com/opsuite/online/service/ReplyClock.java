package com.opsuite.online.service;

import com.opsuite.core.calendar.TenantCalendar;
import com.opsuite.core.settings.TenantSettings;
import com.opsuite.core.tenancy.TenantContext;
import com.opsuite.online.OnlineOpsModule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * When the reply to a customer message is due: {@code reply-sla-hours} after it arrived, on the
 * wall clock or, if the tenant chooses, in working hours on the tenant's working days (a message on
 * Friday evening is then due on Monday or, across a public holiday, later).
 */
@ApplicationScoped
public class ReplyClock {

  @Inject TenantSettings settings;
  @Inject TenantCalendar calendar;
  @Inject TenantContext tenant;

  public Instant dueAfter(Instant received) {
    Duration sla =
        Duration.ofHours(settings.longValue(OnlineOpsModule.ID, OnlineOpsModule.REPLY_SLA_HOURS));
    if (!Boolean.parseBoolean(
        settings.value(OnlineOpsModule.ID, ServiceFeature.WORKING_HOURS_ONLY))) {
      return received.plus(sla);
    }
    ZoneId zone = tenant.require().timeZone();
    LocalDateTime local = LocalDateTime.ofInstant(received, zone);
    return calendar
        .calendar()
        .plusWorkingHours(local, sla, calendar.workingHours())
        .atZone(zone)
        .toInstant();
  }

  public Duration reminderLead() {
    return Duration.ofHours(settings.longValue(OnlineOpsModule.ID, ServiceFeature.REMINDER_HOURS));
  }
}
