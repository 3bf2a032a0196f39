package com.opsuite.core.settings;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Settings of core itself, shared by every module. */
@ApplicationScoped
public class CoreSettings {

  public static final String WORKDAY_START_HOUR = "workday-start-hour";
  public static final String WORKDAY_END_HOUR = "workday-end-hour";

  public List<SettingDefinition> definitions() {
    return List.of(
        SettingDefinition.integer(WORKDAY_START_HOUR, 9, 0, 23),
        SettingDefinition.integer(WORKDAY_END_HOUR, 18, 1, 24));
  }
}
