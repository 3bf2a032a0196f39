package com.opsuite.appops;

import com.opsuite.core.kpi.MeasureDefinition;
import com.opsuite.core.kpi.MeasureUnit;
import com.opsuite.core.kpi.SubjectKind;
import com.opsuite.core.settings.SettingDefinition;
import com.opsuite.core.spi.OrgTemplate;
import com.opsuite.core.spi.Permission;
import com.opsuite.core.spi.RoleTemplate;
import com.opsuite.core.spi.VerticalModule;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;

/** The app-ops vertical as core sees it: everything it contributes is announced here. */
@ApplicationScoped
public class AppOpsModule implements VerticalModule {

  public static final String CHURN_INACTIVE_DAYS = "churn-inactive-days";
  public static final String CHURN_WARNING_DAYS = "churn-warning-days";
  public static final String DOWNLOADS_ACTUAL = "app.downloads.actual";
  public static final String DOWNLOADS_PLANNED = "app.downloads.planned";

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

  @Override
  public List<Permission> permissions() {
    return List.of(
        new Permission("app.metrics.view"),
        new Permission("app.channel.manage"),
        new Permission("app.downloads.plan"),
        new Permission("app.content.edit"),
        new Permission("app.campaign.plan"),
        new Permission("app.users.operate"));
  }

  /**
   * Downloads against plan, from which seed 003 appraises the channel work ("stage download
   * completion = actual downloads / planned downloads"). Entered by hand for now, per person,
   * department or the whole company; a month's figures add up to the quarter's and the year's.
   */
  @Override
  public List<MeasureDefinition> measures() {
    return List.of(
        MeasureDefinition.manual(
            DOWNLOADS_ACTUAL,
            MeasureUnit.COUNT,
            true,
            SubjectKind.STAFF,
            SubjectKind.UNIT,
            SubjectKind.TENANT),
        MeasureDefinition.manual(
            DOWNLOADS_PLANNED,
            MeasureUnit.COUNT,
            true,
            SubjectKind.STAFF,
            SubjectKind.UNIT,
            SubjectKind.TENANT));
  }

  /** The positions of the seed's department, each with the rights it needs. */
  @Override
  public List<RoleTemplate> defaultRoles() {
    Set<String> all = Set.copyOf(permissions().stream().map(Permission::code).toList());
    return List.of(
        new RoleTemplate("operations-director", all),
        new RoleTemplate("new-media-manager", Set.of("app.content.edit", "app.metrics.view")),
        new RoleTemplate(
            "channel-manager",
            Set.of("app.channel.manage", "app.downloads.plan", "app.metrics.view")),
        new RoleTemplate("content-manager", Set.of("app.content.edit")),
        new RoleTemplate(
            "user-operations-manager", Set.of("app.users.operate", "app.metrics.view")),
        new RoleTemplate("campaign-manager", Set.of("app.campaign.plan", "app.metrics.view")));
  }

  /** The department of the seed document, with its positions and their rights. */
  @Override
  public OrgTemplate orgTemplate() {
    return new OrgTemplate(
        List.of(new OrgTemplate.Unit("app-operations", null, false, "operations-director")),
        List.of(
            new OrgTemplate.Position(
                "operations-director", "app-operations", null, 1, Set.of("operations-director")),
            new OrgTemplate.Position(
                "new-media-manager",
                "app-operations",
                "operations-director",
                1,
                Set.of("new-media-manager")),
            new OrgTemplate.Position(
                "channel-manager",
                "app-operations",
                "operations-director",
                1,
                Set.of("channel-manager")),
            new OrgTemplate.Position(
                "content-manager",
                "app-operations",
                "operations-director",
                1,
                Set.of("content-manager")),
            new OrgTemplate.Position(
                "user-operations-manager",
                "app-operations",
                "operations-director",
                1,
                Set.of("user-operations-manager")),
            new OrgTemplate.Position(
                "campaign-manager",
                "app-operations",
                "operations-director",
                1,
                Set.of("campaign-manager"))));
  }
}
