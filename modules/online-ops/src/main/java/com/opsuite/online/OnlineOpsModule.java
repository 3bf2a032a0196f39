package com.opsuite.online;

import com.opsuite.core.settings.SettingDefinition;
import com.opsuite.core.spi.VerticalModule;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The online-ops vertical as core sees it: everything it contributes is announced here. */
@ApplicationScoped
public class OnlineOpsModule implements VerticalModule {

  public static final String REPLY_SLA_HOURS = "reply-sla-hours";
  public static final String SITE_UPDATES_PER_WEEK = "site-updates-per-week";
  public static final String NEW_MEDIA_UPDATES_PER_DAY = "new-media-updates-per-day";
  public static final String EVENT_NEWS_WORKING_DAYS = "event-news-working-days";
  public static final String PROMOTION_LEAD_DAYS = "promotion-lead-days";

  @Override
  public String id() {
    return "online-ops";
  }

  @Override
  public String messageBundle() {
    return "com.opsuite.online.i18n.messages";
  }

  @Override
  public List<SettingDefinition> settings() {
    return List.of(
        SettingDefinition.integer(REPLY_SLA_HOURS, 12, 1, 168),
        SettingDefinition.integer(SITE_UPDATES_PER_WEEK, 3, 0, 50),
        SettingDefinition.integer(NEW_MEDIA_UPDATES_PER_DAY, 1, 0, 20),
        SettingDefinition.integer(EVENT_NEWS_WORKING_DAYS, 3, 1, 30),
        SettingDefinition.integer(PROMOTION_LEAD_DAYS, 3, 0, 60));
  }
}
