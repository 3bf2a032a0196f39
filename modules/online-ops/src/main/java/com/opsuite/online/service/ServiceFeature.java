package com.opsuite.online.service;

import com.opsuite.core.kpi.MeasureDefinition;
import com.opsuite.core.kpi.MeasureUnit;
import com.opsuite.core.kpi.SubjectKind;
import com.opsuite.core.settings.SettingDefinition;
import com.opsuite.online.OnlineFeature;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Customer service's settings and measures. The reply SLA itself ({@code reply-sla-hours}) is the
 * module's; whether its hours are working hours, and how early the assignee is reminded, are ours.
 */
@ApplicationScoped
public class ServiceFeature implements OnlineFeature {

  /** Count only the tenant's working hours on working days towards the reply SLA. */
  public static final String WORKING_HOURS_ONLY = "reply-working-hours-only";

  /** How many hours before a reply is due the assignee is reminded. */
  public static final String REMINDER_HOURS = "reply-reminder-hours";

  /**
   * How many months a suggestion-review period lasts (1: monthly, the default; 3: quarterly), in
   * blocks counted from January.
   */
  public static final String REVIEW_MONTHS = "suggestion-review-months";

  /** Share of customer messages answered by their due instant. */
  public static final String SLA_COMPLIANCE = "online.reply-sla-compliance";

  /** Average satisfaction score (1-5) of the callbacks recorded. */
  public static final String SATISFACTION = "online.satisfaction";

  @Override
  public List<SettingDefinition> settings() {
    return List.of(
        SettingDefinition.bool(WORKING_HOURS_ONLY, false),
        SettingDefinition.integer(REMINDER_HOURS, 2, 1, 48),
        SettingDefinition.integer(REVIEW_MONTHS, 1, 1, 12));
  }

  @Override
  public List<MeasureDefinition> measures() {
    return List.of(
        MeasureDefinition.provided(
            SLA_COMPLIANCE, MeasureUnit.PERCENT, false, SubjectKind.STAFF, SubjectKind.TENANT),
        MeasureDefinition.provided(
            SATISFACTION, MeasureUnit.POINTS, false, SubjectKind.STAFF, SubjectKind.TENANT));
  }
}
