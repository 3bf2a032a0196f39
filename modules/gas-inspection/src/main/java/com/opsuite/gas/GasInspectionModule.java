package com.opsuite.gas;

import com.opsuite.core.settings.SettingDefinition;
import com.opsuite.core.spi.VerticalModule;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The gas-inspection vertical as core sees it: everything it contributes is announced here. */
@ApplicationScoped
public class GasInspectionModule implements VerticalModule {

  public static final String NO_PURCHASE_MONTHS = "no-purchase-months";
  public static final String INSPECTIONS_PER_YEAR = "inspections-per-year";

  @Override
  public String id() {
    return "gas-inspection";
  }

  @Override
  public String messageBundle() {
    return "com.opsuite.gas.i18n.messages";
  }

  @Override
  public List<SettingDefinition> settings() {
    return List.of(
        SettingDefinition.integer(NO_PURCHASE_MONTHS, 3, 1, 24),
        SettingDefinition.integer(INSPECTIONS_PER_YEAR, 2, 1, 12));
  }
}
