package com.opsuite.online;

import com.opsuite.core.approval.ApprovalType;
import com.opsuite.core.approval.ChainDefinition;
import com.opsuite.core.approval.Condition;
import com.opsuite.core.approval.RouteKind;
import com.opsuite.core.approval.StepDefinition;
import com.opsuite.core.settings.SettingDefinition;
import com.opsuite.core.spi.OrgTemplate;
import com.opsuite.core.spi.Permission;
import com.opsuite.core.spi.RoleTemplate;
import com.opsuite.core.spi.VerticalModule;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;

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

  @Override
  public List<Permission> permissions() {
    return List.of(
        new Permission("online.content.edit"),
        new Permission("online.content.review"),
        new Permission("online.content.publish"),
        new Permission("online.campaign.plan"),
        new Permission("online.campaign.approve"),
        new Permission("online.service.reply"),
        new Permission("online.report.view"),
        new Permission("online.design.request"),
        new Permission("online.budget.manage"));
  }

  /**
   * The seed's content review: the author's manager reviews every piece; a piece that concerns a
   * company project also needs the general manager's confirmation before it is published.
   */
  @Override
  public List<ApprovalType> approvalTypes() {
    return List.of(
        new ApprovalType(
            "online.content",
            List.of(
                ApprovalType.Field.bool("involvesCompanyProject"),
                ApprovalType.Field.text("channel")),
            ChainDefinition.of(
                StepDefinition.single("manager-review", RouteKind.SUBMITTER_MANAGER, null, 8),
                StepDefinition.single(
                    "gm-confirmation",
                    RouteKind.COMPANY_HEAD,
                    null,
                    8,
                    Condition.of("involvesCompanyProject", "=", true)))));
  }

  /** The positions of the seed's department, each with the rights it needs. */
  @Override
  public List<RoleTemplate> defaultRoles() {
    Set<String> all = Set.copyOf(permissions().stream().map(Permission::code).toList());
    return List.of(
        new RoleTemplate("operations-director", all),
        new RoleTemplate(
            "operations-manager",
            Set.of(
                "online.content.review",
                "online.content.publish",
                "online.campaign.approve",
                "online.report.view",
                "online.design.request",
                "online.budget.manage",
                "online.service.reply")),
        new RoleTemplate("content-editor", Set.of("online.content.edit", "online.design.request")),
        new RoleTemplate(
            "campaign-planner",
            Set.of("online.campaign.plan", "online.content.edit", "online.report.view")),
        new RoleTemplate(
            "promoter",
            Set.of("online.content.edit", "online.content.publish", "online.report.view")),
        new RoleTemplate("customer-service-agent", Set.of("online.service.reply")));
  }

  /** The department of the seed document, with its positions and their rights. */
  @Override
  public OrgTemplate orgTemplate() {
    return new OrgTemplate(
        List.of(new OrgTemplate.Unit("operations", null, false, "operations-director")),
        List.of(
            new OrgTemplate.Position(
                "operations-director", "operations", null, 1, Set.of("operations-director")),
            new OrgTemplate.Position(
                "operations-manager",
                "operations",
                "operations-director",
                1,
                Set.of("operations-manager")),
            new OrgTemplate.Position(
                "content-editor", "operations", "operations-manager", 3, Set.of("content-editor")),
            new OrgTemplate.Position(
                "campaign-planner",
                "operations",
                "operations-manager",
                1,
                Set.of("campaign-planner")),
            new OrgTemplate.Position(
                "promoter", "operations", "operations-manager", 2, Set.of("promoter")),
            new OrgTemplate.Position(
                "customer-service-agent",
                "operations",
                "operations-manager",
                2,
                Set.of("customer-service-agent"))));
  }
}
