package com.opsuite.gas;

import com.opsuite.core.approval.ApprovalType;
import com.opsuite.core.approval.ChainDefinition;
import com.opsuite.core.approval.Condition;
import com.opsuite.core.approval.RouteKind;
import com.opsuite.core.approval.StepDefinition;
import com.opsuite.core.kpi.MeasureDefinition;
import com.opsuite.core.settings.SettingDefinition;
import com.opsuite.core.spi.MenuEntry;
import com.opsuite.core.spi.OrgTemplate;
import com.opsuite.core.spi.Permission;
import com.opsuite.core.spi.RoleTemplate;
import com.opsuite.core.spi.VerticalModule;
import com.opsuite.gas.kpi.GasMeasures;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;

/** The gas-inspection vertical as core sees it: everything it contributes is announced here. */
@ApplicationScoped
public class GasInspectionModule implements VerticalModule {

  public static final String NO_PURCHASE_MONTHS = "no-purchase-months";
  public static final String INSPECTIONS_PER_YEAR = "inspections-per-year";

  /** Key customers (any kind) are flagged for closer audit: inspected this often instead. */
  public static final String KEY_INSPECTIONS_PER_YEAR = "key-customer-inspections-per-year";

  /** Off: new tasks go to the area's least-loaded inspector; on: to its inspectors in turn. */
  public static final String ASSIGN_ROUND_ROBIN = "assign-round-robin";

  public static final String ID = "gas-inspection";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String messageBundle() {
    return GasTexts.BUNDLE;
  }

  @Override
  public List<SettingDefinition> settings() {
    return List.of(
        SettingDefinition.integer(NO_PURCHASE_MONTHS, 3, 1, 24),
        SettingDefinition.integer(INSPECTIONS_PER_YEAR, 2, 1, 12),
        SettingDefinition.integer(KEY_INSPECTIONS_PER_YEAR, 4, 1, 12),
        SettingDefinition.bool(ASSIGN_ROUND_ROBIN, false));
  }

  @Override
  public List<Permission> permissions() {
    return List.of(
        new Permission("gas.customers.manage"),
        new Permission("gas.purchases.import"),
        new Permission("gas.inspection.perform"),
        new Permission("gas.inspection.assign"),
        new Permission("gas.hazard.rectify"),
        new Permission("gas.theft.handle"),
        new Permission("gas.theft.escalate"),
        new Permission("gas.audit.perform"));
  }

  /**
   * The seed's gas theft case: the inspection supervisor reviews every case; one proposing to stop
   * the supply or to escalate to the judicial authorities goes on to the department head.
   * Conditions are ANDed, so the module sends that "or" as its own field, {@code headReview}.
   */
  @Override
  public List<ApprovalType> approvalTypes() {
    return List.of(
        new ApprovalType(
            "gas.theft-case",
            List.of(
                ApprovalType.Field.number("estimatedLoss"),
                ApprovalType.Field.bool("escalate"),
                ApprovalType.Field.bool("stopSupply"),
                ApprovalType.Field.bool("headReview")),
            ChainDefinition.of(
                StepDefinition.single(
                    "supervisor", RouteKind.ROLE, "gas-inspection.inspection-supervisor", 8),
                StepDefinition.single(
                    "escalation",
                    RouteKind.DEPARTMENT_HEAD,
                    null,
                    16,
                    Condition.of("headReview", "=", true)))));
  }

  /** Counts of the field work, computed by {@link com.opsuite.gas.kpi.GasMeasureProvider}. */
  @Override
  public List<MeasureDefinition> measures() {
    return GasMeasures.all();
  }

  /** The positions of the seed's department, each with the rights it needs. */
  @Override
  public List<RoleTemplate> defaultRoles() {
    Set<String> all = Set.copyOf(permissions().stream().map(Permission::code).toList());
    return List.of(
        new RoleTemplate("inspection-supervisor", all),
        new RoleTemplate(
            "inspector",
            Set.of("gas.inspection.perform", "gas.hazard.rectify", "gas.theft.handle")),
        new RoleTemplate(
            "auditor",
            Set.of("gas.audit.perform", "gas.customers.manage", "gas.purchases.import")));
  }

  /** The department of the seed document, with its positions and their rights. */
  @Override
  public OrgTemplate orgTemplate() {
    return new OrgTemplate(
        List.of(new OrgTemplate.Unit("operations", null, false, "inspection-supervisor")),
        List.of(
            new OrgTemplate.Position(
                "inspection-supervisor", "operations", null, 1, Set.of("inspection-supervisor")),
            new OrgTemplate.Position(
                "inspector", "operations", "inspection-supervisor", 10, Set.of("inspector")),
            new OrgTemplate.Position(
                "auditor", "operations", "inspection-supervisor", 3, Set.of("auditor"))));
  }

  /** An inspector's day first; then the registry, the worklists, the follow-up and the reports. */
  @Override
  public List<MenuEntry> menu() {
    return List.of(
        new MenuEntry("menu.today", "/gas-inspection/today.xhtml"),
        new MenuEntry("menu.customers", "/gas-inspection/customers.xhtml"),
        new MenuEntry("menu.purchase-import", "/gas-inspection/purchase-import.xhtml"),
        new MenuEntry("menu.blacklist", "/gas-inspection/blacklist.xhtml"),
        new MenuEntry("menu.plan", "/gas-inspection/plan.xhtml"),
        new MenuEntry("menu.hazards", "/gas-inspection/hazards.xhtml"),
        new MenuEntry("menu.theft-cases", "/gas-inspection/theft-cases.xhtml"),
        new MenuEntry("menu.field-cases", "/gas-inspection/field-cases.xhtml"),
        new MenuEntry("menu.certificates", "/gas-inspection/certificate.xhtml"),
        new MenuEntry("menu.dashboard", "/gas-inspection/dashboard.xhtml"),
        new MenuEntry("menu.areas", "/gas-inspection/areas.xhtml"));
  }
}
