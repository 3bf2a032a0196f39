package com.opsuite.online.cadence;

import com.opsuite.core.kpi.MeasureDefinition;
import com.opsuite.core.kpi.MeasureUnit;
import com.opsuite.core.kpi.SubjectKind;
import com.opsuite.core.settings.SettingDefinition;
import com.opsuite.online.OnlineFeature;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Cadence rules: their one extra setting and the compliance measure for the owners' appraisal. */
@ApplicationScoped
public class CadenceFeature implements OnlineFeature {

  /**
   * Seed 004 says new media are updated daily (新媒体每日更新): every calendar day unless the tenant
   * switches this on, when only working days of its calendar count.
   */
  public static final String NEW_MEDIA_WORKING_DAYS_ONLY = "new-media-working-days-only";

  /** Share of rule-periods met (0..1), per platform owner and for the company. */
  public static final String COMPLIANCE_MEASURE = "online.cadence-compliance";

  @Override
  public List<SettingDefinition> settings() {
    return List.of(SettingDefinition.bool(NEW_MEDIA_WORKING_DAYS_ONLY, false));
  }

  @Override
  public List<MeasureDefinition> measures() {
    return List.of(
        MeasureDefinition.provided(
            COMPLIANCE_MEASURE, MeasureUnit.PERCENT, false, SubjectKind.STAFF, SubjectKind.TENANT));
  }
}
