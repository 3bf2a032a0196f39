package com.opsuite.web.org;

import com.opsuite.core.org.OrgUnit;
import com.opsuite.core.org.OrgUnits;
import com.opsuite.core.org.UnitKind;
import com.opsuite.core.security.CorePermissions;
import com.opsuite.core.security.RequiresPermission;
import com.opsuite.web.faces.CurrentUser;
import com.opsuite.web.faces.Messages;
import com.opsuite.web.org.OrgSnapshot.UnitItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Adds a department or group with its head position, or renames a unit, moves it, or names another
 * of its positions head. A refused save keeps everything typed.
 */
@Named
@ViewScoped
public class UnitForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject OrgChartView chart;
  @Inject transient OrgUnits units;
  @Inject transient Messages messages;
  @Inject transient SaveFailures failures;
  @Inject transient CurrentUser user;

  private Long id;
  private boolean company;
  private UnitKind kind = UnitKind.DEPARTMENT;
  private String name;
  private String headTitle;
  private Long parentId;
  private Long headPositionId;
  private Long version;

  /** A new department or group under the selected unit. */
  @RequiresPermission(CorePermissions.ORG_MANAGE)
  public void startNew() {
    UnitItem parent = chart.getUnit();
    id = null;
    company = false;
    kind = parent.kind() == UnitKind.GROUP ? UnitKind.GROUP : UnitKind.DEPARTMENT;
    name = null;
    headTitle = null;
    parentId = parent.id();
    headPositionId = null;
    version = null;
    chart.openForm(OrgChartView.Panel.UNIT_FORM);
  }

  @RequiresPermission(CorePermissions.ORG_MANAGE)
  public void startEdit() {
    UnitItem unit = chart.getUnit();
    id = unit.id();
    company = unit.parentId() == null;
    kind = unit.kind();
    name = unit.name();
    headTitle = null;
    parentId = unit.parentId();
    headPositionId = unit.headPositionId();
    version = unit.version();
    chart.openForm(OrgChartView.Panel.UNIT_FORM);
  }

  @RequiresPermission(CorePermissions.ORG_MANAGE)
  public void save() {
    try {
      OrgUnit saved;
      if (id == null) {
        if (parentId == null) {
          messages.fieldError("unit:parentId", "org.unit.parentRequired");
          return;
        }
        saved = units.create(parentId, kind, name, headTitle, user.name());
      } else {
        saved = units.change(id, name, parentId, headPositionId, version, user.name());
      }
      messages.pageInfo(id == null ? "org.unit.created" : "org.unit.saved", saved.getName());
      chart.show(OrgSnapshot.UNIT, saved.getId());
    } catch (RuntimeException e) {
      failures.show(e, "unit:");
      if (SaveFailures.isStale(e) && id != null) {
        // Saving again, now knowingly, replaces the other change; the chart shows it meanwhile.
        units.find(id).ifPresent(u -> version = u.getVersion());
        chart.refresh();
      }
    }
  }

  public boolean isCreating() {
    return id == null;
  }

  public boolean isCompany() {
    return company;
  }

  public UnitKind[] getKinds() {
    return new UnitKind[] {UnitKind.DEPARTMENT, UnitKind.GROUP};
  }

  /** Where the unit may go: any unit but itself and those under it. */
  public List<Choice> getParentChoices() {
    OrgSnapshot org = chart.getOrg();
    List<Long> excluded = id == null ? List.of() : org.subtree(id);
    return org.unitChoices().stream().filter(c -> !excluded.contains(c.value())).toList();
  }

  /** Who may head the unit: its own positions. */
  public List<Choice> getHeadChoices() {
    if (id == null) {
      return List.of();
    }
    return chart.getOrg().positionsOf(id).stream().map(p -> new Choice(p.id(), p.title())).toList();
  }

  public UnitKind getKind() {
    return kind;
  }

  public void setKind(UnitKind kind) {
    this.kind = kind;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getHeadTitle() {
    return headTitle;
  }

  public void setHeadTitle(String headTitle) {
    this.headTitle = headTitle;
  }

  public Long getParentId() {
    return parentId;
  }

  public void setParentId(Long parentId) {
    this.parentId = parentId;
  }

  public Long getHeadPositionId() {
    return headPositionId;
  }

  public void setHeadPositionId(Long headPositionId) {
    this.headPositionId = headPositionId;
  }
}
