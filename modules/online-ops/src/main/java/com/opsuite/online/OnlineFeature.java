package com.opsuite.online;

import com.opsuite.core.approval.ApprovalType;
import com.opsuite.core.kpi.MeasureDefinition;
import com.opsuite.core.settings.SettingDefinition;
import java.util.List;

/**
 * A feature of the module (content, cadence, customer service, ...) announcing what it adds to the
 * module's contributions to core. {@link OnlineOpsModule} collects every feature bean, so a feature
 * lives in its own package and its declarations stay beside its code.
 */
public interface OnlineFeature {

  default List<SettingDefinition> settings() {
    return List.of();
  }

  default List<ApprovalType> approvalTypes() {
    return List.of();
  }

  default List<MeasureDefinition> measures() {
    return List.of();
  }
}
