package com.opsuite.online;

import com.opsuite.core.approval.ApprovalType;
import com.opsuite.core.kpi.MeasureDefinition;
import com.opsuite.core.settings.SettingDefinition;
import com.opsuite.core.spi.MenuEntry;
import com.opsuite.core.spi.OrgTemplate;
import com.opsuite.core.spi.Permission;
import com.opsuite.core.spi.RoleTemplate;
import com.opsuite.core.spi.VerticalModule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
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

  public static final String ID = "online-ops";

  @Inject @Any Instance<OnlineFeature> features;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String messageBundle() {
    return OnlineTexts.BUNDLE;
  }

  @Override
  public List<SettingDefinition> settings() {
    List<SettingDefinition> settings =
        new ArrayList<>(
            List.of(
                SettingDefinition.integer(REPLY_SLA_HOURS, 12, 1, 168),
                SettingDefinition.integer(SITE_UPDATES_PER_WEEK, 3, 0, 50),
                SettingDefinition.integer(NEW_MEDIA_UPDATES_PER_DAY, 1, 0, 20),
                SettingDefinition.integer(EVENT_NEWS_WORKING_DAYS, 3, 1, 30),
                SettingDefinition.integer(PROMOTION_LEAD_DAYS, 3, 0, 60)));
    features.forEach(feature -> settings.addAll(feature.settings()));
    return List.copyOf(settings);
  }

  @Override
  public List<Permission> permissions() {
    return List.of(
        new Permission("online.platform.manage"),
        new Permission("online.credential.reveal"),
        new Permission("online.content.edit"),
        new Permission("online.content.review"),
        new Permission("online.content.publish"),
        new Permission("online.cadence.manage"),
        new Permission("online.campaign.plan"),
        new Permission("online.campaign.approve"),
        new Permission("online.service.reply"),
        new Permission("online.service.manage"),
        new Permission("online.report.view"),
        new Permission("online.data.enter"),
        new Permission("online.design.request"),
        new Permission("online.design.manage"),
        new Permission("online.budget.manage"),
        new Permission("online.expense.claim"));
  }

  /** What the module's features declare, each beside its own code. */
  @Override
  public List<ApprovalType> approvalTypes() {
    return features.stream()
        .flatMap(feature -> feature.approvalTypes().stream())
        .sorted(Comparator.comparing(ApprovalType::code))
        .toList();
  }

  @Override
  public List<MeasureDefinition> measures() {
    return features.stream()
        .flatMap(feature -> feature.measures().stream())
        .sorted(Comparator.comparing(MeasureDefinition::code))
        .toList();
  }

  /** The department's daily work first; then the plans, the reports and the money. */
  @Override
  public List<MenuEntry> menu() {
    return List.of(
        new MenuEntry("menu.calendar", "/online-ops/calendar.xhtml"),
        new MenuEntry("menu.content", "/online-ops/content.xhtml"),
        new MenuEntry("menu.tickets", "/online-ops/tickets.xhtml"),
        new MenuEntry("menu.cadence", "/online-ops/cadence.xhtml"),
        new MenuEntry("menu.campaigns", "/online-ops/campaigns.xhtml"),
        new MenuEntry("menu.meetings", "/online-ops/meetings.xhtml"),
        new MenuEntry("menu.design-requests", "/online-ops/design-requests.xhtml"),
        new MenuEntry("menu.budget", "/online-ops/budget.xhtml"),
        new MenuEntry("menu.platforms", "/online-ops/platforms.xhtml"));
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
                "online.platform.manage",
                "online.content.review",
                "online.content.publish",
                "online.cadence.manage",
                "online.campaign.approve",
                "online.report.view",
                "online.data.enter",
                "online.design.request",
                "online.design.manage",
                "online.budget.manage",
                "online.service.reply",
                "online.service.manage",
                "online.expense.claim")),
        new RoleTemplate(
            "content-editor",
            Set.of("online.content.edit", "online.design.request", "online.expense.claim")),
        new RoleTemplate(
            "campaign-planner",
            Set.of(
                "online.campaign.plan",
                "online.content.edit",
                "online.report.view",
                "online.data.enter",
                "online.expense.claim")),
        new RoleTemplate(
            "promoter",
            Set.of(
                "online.content.edit",
                "online.content.publish",
                "online.report.view",
                "online.data.enter",
                "online.expense.claim")),
        new RoleTemplate(
            "customer-service-agent", Set.of("online.service.reply", "online.expense.claim")));
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
