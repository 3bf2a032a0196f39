package com.opsuite.online.meeting;

import com.opsuite.core.calendar.TenantCalendar;
import com.opsuite.core.settings.TenantSettings;
import com.opsuite.core.tenancy.TenantBound;
import com.opsuite.core.tenancy.TenantContext;
import com.opsuite.online.OnlineOpsModule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/** The tenant's meeting schedule from its settings and calendar: the next meetings, the notice. */
@ApplicationScoped
@Transactional
@TenantBound
public class MeetingSchedule {

  @Inject TenantSettings settings;
  @Inject TenantCalendar calendar;
  @Inject TenantContext tenant;

  /** The next weekly and monthly meetings starting at or after {@code at}. */
  public List<MeetingCalendar.Meeting> next(Instant at) {
    MeetingCalendar meetings = new MeetingCalendar(calendar.calendar(), zone(), schedule());
    return List.of(
        meetings.next(MeetingPack.Kind.WEEKLY, at.atZone(zone())),
        meetings.next(MeetingPack.Kind.MONTHLY, at.atZone(zone())));
  }

  /** How long before a meeting its participants are told. */
  public Duration notice() {
    return Duration.ofHours(value(MeetingFeature.NOTICE_HOURS));
  }

  public ZoneId zone() {
    ZoneId zone = tenant.require().timeZone();
    return zone == null ? ZoneId.systemDefault() : zone;
  }

  private MeetingCalendar.Schedule schedule() {
    return new MeetingCalendar.Schedule(
        value(MeetingFeature.WEEKLY_DAY),
        LocalTime.of(value(MeetingFeature.WEEKLY_HOUR), value(MeetingFeature.WEEKLY_MINUTE)),
        value(MeetingFeature.MONTHLY_DAY),
        LocalTime.of(value(MeetingFeature.MONTHLY_HOUR), value(MeetingFeature.MONTHLY_MINUTE)));
  }

  private int value(String key) {
    return (int) settings.longValue(OnlineOpsModule.ID, key);
  }
}
