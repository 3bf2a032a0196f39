package com.opsuite.web.org;

import com.opsuite.core.org.Position;
import com.opsuite.core.org.PositionDraft;
import com.opsuite.core.org.Positions;
import com.opsuite.core.security.CorePermissions;
import com.opsuite.core.security.RequiresPermission;
import com.opsuite.web.faces.CurrentUser;
import com.opsuite.web.faces.Messages;
import com.opsuite.web.i18n.LocaleSelection;
import com.opsuite.web.org.OrgSnapshot.PositionItem;
import com.opsuite.web.org.OrgSnapshot.UnitItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Adds or edits a position: its unit, whom it reports to, how many may hold it, its duties,
 * standards and requirements (rich text, cleaned by core), and the roles its holders get.
 */
@Named
@ViewScoped
public class PositionForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject OrgChartView chart;
  @Inject transient Positions positions;
  @Inject transient RoleNames roleNames;
  @Inject transient Messages messages;
  @Inject transient SaveFailures failures;
  @Inject transient CurrentUser user;
  @Inject LocaleSelection localeSelection;

  private Long id;
  private Long unitId;
  private String title;
  private Long reportsToId;
  private Integer headcount = 1;
  private String duties;
  private String standards;
  private String requirements;
  private List<String> roles = new ArrayList<>();
  private Long version;
  private List<RoleChoice> roleChoices = List.of();

  /** A new position in the selected unit, reporting to its head. */
  @RequiresPermission(CorePermissions.ORG_MANAGE)
  public void startNew() {
    UnitItem unit = chart.getUnit();
    id = null;
    unitId = unit.id();
    title = null;
    reportsToId = unit.headPositionId();
    headcount = 1;
    duties = null;
    standards = null;
    requirements = null;
    roles = new ArrayList<>();
    version = null;
    readRoles();
    chart.openForm(OrgChartView.Panel.POSITION_FORM);
  }

  @RequiresPermission(CorePermissions.ORG_MANAGE)
  public void startEdit() {
    PositionItem p = chart.getPosition();
    id = p.id();
    unitId = p.unitId();
    title = p.title();
    reportsToId = p.reportsToId();
    headcount = p.headcount();
    duties = p.duties();
    standards = p.standards();
    requirements = p.requirements();
    roles = new ArrayList<>(positions.rolesOf(p.id()));
    version = p.version();
    readRoles();
    chart.openForm(OrgChartView.Panel.POSITION_FORM);
  }

  @RequiresPermission(CorePermissions.ORG_MANAGE)
  public void save() {
    PositionDraft draft =
        new PositionDraft(
            unitId,
            title,
            reportsToId,
            headcount,
            duties,
            standards,
            requirements,
            new LinkedHashSet<>(roles));
    try {
      Position saved =
          id == null
              ? positions.create(draft, null, user.name())
              : positions.change(id, draft, version, user.name());
      messages.pageInfo(
          id == null ? "org.position.created" : "org.position.saved", saved.getTitle());
      chart.show(OrgSnapshot.POSITION, saved.getId());
    } catch (RuntimeException e) {
      failures.show(e, "position:");
      if (SaveFailures.isStale(e) && id != null) {
        // Saving again, now knowingly, replaces the other change; the chart shows it meanwhile.
        positions.find(id).ifPresent(p -> version = p.getVersion());
        chart.refresh();
      }
    }
  }

  public boolean isCreating() {
    return id == null;
  }

  public List<Choice> getUnitChoices() {
    return chart.getOrg().unitChoices();
  }

  /** Any position but this one; core refuses a line that would loop. */
  public List<Choice> getReportsToChoices() {
    return chart.getOrg().positionChoices().stream()
        .filter(c -> id == null || !c.value().equals(id))
        .toList();
  }

  /** The tenant's roles, by their names in the user's language. */
  public List<RoleChoice> getRoleChoices() {
    return roleChoices;
  }

  /** A role to choose: its code and its name. */
  public record RoleChoice(String code, String label) implements Serializable {}

  private void readRoles() {
    roleChoices =
        roleNames.labels(localeSelection.getLocale()).entrySet().stream()
            .map(e -> new RoleChoice(e.getKey(), e.getValue()))
            .toList();
  }

  public Long getUnitId() {
    return unitId;
  }

  public void setUnitId(Long unitId) {
    this.unitId = unitId;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public Long getReportsToId() {
    return reportsToId;
  }

  public void setReportsToId(Long reportsToId) {
    this.reportsToId = reportsToId;
  }

  public Integer getHeadcount() {
    return headcount;
  }

  public void setHeadcount(Integer headcount) {
    this.headcount = headcount;
  }

  public String getDuties() {
    return duties;
  }

  public void setDuties(String duties) {
    this.duties = duties;
  }

  public String getStandards() {
    return standards;
  }

  public void setStandards(String standards) {
    this.standards = standards;
  }

  public String getRequirements() {
    return requirements;
  }

  public void setRequirements(String requirements) {
    this.requirements = requirements;
  }

  public List<String> getRoles() {
    return roles;
  }

  public void setRoles(List<String> roles) {
    this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles);
  }
}
