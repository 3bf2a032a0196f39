package com.opsuite.online.meeting;

import com.opsuite.core.settings.SettingDefinition;
import com.opsuite.online.OnlineFeature;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The meeting schedule as tenant settings, with the seed's defaults: the weekly meeting on Mondays
 * at 14:30, the monthly one on the 1st (at 14:30 too), each announced two hours before.
 */
@ApplicationScoped
public class MeetingFeature implements OnlineFeature {

  /** Day of the week of the weekly meeting, 1 (Monday) to 7 (Sunday). */
  public static final String WEEKLY_DAY = "weekly-meeting-day";

  public static final String WEEKLY_HOUR = "weekly-meeting-hour";
  public static final String WEEKLY_MINUTE = "weekly-meeting-minute";

  /** Day of the month of the monthly meeting (up to 28, so every month has it). */
  public static final String MONTHLY_DAY = "monthly-meeting-day";

  public static final String MONTHLY_HOUR = "monthly-meeting-hour";
  public static final String MONTHLY_MINUTE = "monthly-meeting-minute";

  /** How many hours before a meeting its participants are told, with the link to its pack. */
  public static final String NOTICE_HOURS = "meeting-notice-hours";

  @Override
  public List<SettingDefinition> settings() {
    return List.of(
        SettingDefinition.integer(WEEKLY_DAY, 1, 1, 7),
        SettingDefinition.integer(WEEKLY_HOUR, 14, 0, 23),
        SettingDefinition.integer(WEEKLY_MINUTE, 30, 0, 59),
        SettingDefinition.integer(MONTHLY_DAY, 1, 1, 28),
        SettingDefinition.integer(MONTHLY_HOUR, 14, 0, 23),
        SettingDefinition.integer(MONTHLY_MINUTE, 30, 0, 59),
        SettingDefinition.integer(NOTICE_HOURS, 2, 1, 72));
  }
}
