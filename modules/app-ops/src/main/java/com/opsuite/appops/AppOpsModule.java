package com.opsuite.appops;

import com.opsuite.core.settings.SettingDefinition;
import com.opsuite.core.spi.VerticalModule;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The app-ops vertical as core sees it: everything it contributes is announced here. */
@ApplicationScoped
public class AppOpsModule implements VerticalModule {

  public static final String CHURN_INACTIVE_DAYS = "churn-inactive-days";
  public static final String CHURN_WARNING_DAYS = "churn-warning-days";

  @Override
  public String id() {
    return "app-ops";
  }

  @Override
  public String messageBundle() {
    return "com.opsuite.appops.i18n.messages";
  }

  @Override
  public List<SettingDefinition> settings() {
    return List.of(
        SettingDefinition.integer(CHURN_INACTIVE_DAYS, 30, 1, 365),
        SettingDefinition.integer(CHURN_WARNING_DAYS, 14, 1, 365));
  }
}
