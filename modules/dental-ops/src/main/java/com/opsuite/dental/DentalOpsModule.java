package com.opsuite.dental;

import com.opsuite.core.settings.SettingDefinition;
import com.opsuite.core.spi.VerticalModule;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The dental-ops vertical as core sees it: everything it contributes is announced here. */
@ApplicationScoped
public class DentalOpsModule implements VerticalModule {

  public static final String CONSULTATION_REPLY_MINUTES = "consultation-reply-minutes";
  public static final String LEAD_FOLLOW_UP_DAYS = "lead-follow-up-days";

  @Override
  public String id() {
    return "dental-ops";
  }

  @Override
  public String messageBundle() {
    return "com.opsuite.dental.i18n.messages";
  }

  @Override
  public List<SettingDefinition> settings() {
    return List.of(
        SettingDefinition.integer(CONSULTATION_REPLY_MINUTES, 30, 1, 1440),
        SettingDefinition.integer(LEAD_FOLLOW_UP_DAYS, 3, 1, 30));
  }
}
