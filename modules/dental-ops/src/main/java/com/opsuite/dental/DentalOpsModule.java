package com.opsuite.dental;

import com.opsuite.core.settings.SettingDefinition;
import com.opsuite.core.spi.OrgTemplate;
import com.opsuite.core.spi.Permission;
import com.opsuite.core.spi.RoleTemplate;
import com.opsuite.core.spi.VerticalModule;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;

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

  @Override
  public List<Permission> permissions() {
    return List.of(
        new Permission("dental.promotion.plan"),
        new Permission("dental.content.edit"),
        new Permission("dental.content.review"),
        new Permission("dental.consultation.handle"),
        new Permission("dental.lead.follow-up"),
        new Permission("dental.data.view"),
        new Permission("dental.patient.view"));
  }

  /** The positions of the seed's department, each with the rights it needs. */
  @Override
  public List<RoleTemplate> defaultRoles() {
    Set<String> all = Set.copyOf(permissions().stream().map(Permission::code).toList());
    return List.of(
        new RoleTemplate("department-manager", all),
        new RoleTemplate(
            "promotion-specialist", Set.of("dental.promotion.plan", "dental.data.view")),
        new RoleTemplate("content-specialist", Set.of("dental.content.edit")),
        new RoleTemplate(
            "customer-service",
            Set.of("dental.consultation.handle", "dental.lead.follow-up", "dental.patient.view")),
        new RoleTemplate("data-analyst", Set.of("dental.data.view")));
  }

  /** The department of the seed document, with its positions and their rights. */
  @Override
  public OrgTemplate orgTemplate() {
    return new OrgTemplate(
        List.of(
            new OrgTemplate.Unit("marketing", null, false, "department-manager"),
            new OrgTemplate.Unit("promotion", "marketing", true, "promotion-lead"),
            new OrgTemplate.Unit("content", "marketing", true, "content-lead"),
            new OrgTemplate.Unit("customer-service", "marketing", true, "customer-service-lead"),
            new OrgTemplate.Unit("data-analysis", "marketing", true, "data-analysis-lead")),
        List.of(
            new OrgTemplate.Position(
                "department-manager", "marketing", null, 1, Set.of("department-manager")),
            new OrgTemplate.Position(
                "promotion-lead", "promotion", null, 1, Set.of("promotion-specialist")),
            new OrgTemplate.Position(
                "promotion-specialist",
                "promotion",
                "promotion-lead",
                2,
                Set.of("promotion-specialist")),
            new OrgTemplate.Position(
                "content-lead", "content", null, 1, Set.of("content-specialist")),
            new OrgTemplate.Position(
                "content-specialist", "content", "content-lead", 2, Set.of("content-specialist")),
            new OrgTemplate.Position(
                "customer-service-lead", "customer-service", null, 1, Set.of("customer-service")),
            new OrgTemplate.Position(
                "customer-service",
                "customer-service",
                "customer-service-lead",
                3,
                Set.of("customer-service")),
            new OrgTemplate.Position(
                "data-analysis-lead", "data-analysis", null, 1, Set.of("data-analyst"))));
  }
}
