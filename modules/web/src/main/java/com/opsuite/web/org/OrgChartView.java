package com.opsuite.web.org;

import com.opsuite.core.org.OrgUnits;
import com.opsuite.core.org.Positions;
import com.opsuite.core.security.CorePermissions;
import com.opsuite.core.security.RequiresPermission;
import com.opsuite.web.faces.CurrentUser;
import com.opsuite.web.faces.Messages;
import com.opsuite.web.i18n.LocaleSelection;
import com.opsuite.web.org.OrgSnapshot.Holding;
import com.opsuite.web.org.OrgSnapshot.Node;
import com.opsuite.web.org.OrgSnapshot.PositionItem;
import com.opsuite.web.org.OrgSnapshot.UnitItem;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.TreeNode;

/**
 * The org chart: the unit tree with positions and who holds them, and the details of the selected
 * node. The forms that change the organisation ({@link UnitForm}, {@link PositionForm}) take its
 * place beside the tree while they are open.
 */
@Named
@ViewScoped
public class OrgChartView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** What the panel beside the tree shows. */
  public enum Panel {
    UNIT,
    POSITION,
    UNIT_FORM,
    POSITION_FORM
  }

  @Inject transient OrgDirectory directory;
  @Inject transient OrgUnits units;
  @Inject transient Positions positions;
  @Inject transient RoleNames roleNames;
  @Inject transient Messages messages;
  @Inject transient SaveFailures failures;
  @Inject transient CurrentUser user;
  @Inject LocaleSelection localeSelection;

  private OrgSnapshot org;
  private TreeNode<Node> root;
  private TreeNode<Node> selectedNode;
  private String selectedType = OrgSnapshot.UNIT;
  private Long selectedId;
  private Panel panel = Panel.UNIT;
  private List<String> selectedRoles = List.of();

  @PostConstruct
  void load() {
    org = directory.read(localeSelection.getLocale());
    if (selectedId == null
        || (OrgSnapshot.UNIT.equals(selectedType) && org.unit(selectedId).isEmpty())
        || (OrgSnapshot.POSITION.equals(selectedType) && org.position(selectedId).isEmpty())) {
      selectedType = OrgSnapshot.UNIT;
      selectedId = org.company().id();
    }
    root = org.tree(selectedType, selectedId);
    selectedNode = find(root);
    selectedRoles = List.of();
    if (OrgSnapshot.POSITION.equals(selectedType)) {
      Map<String, String> labels = roleNames.labels(localeSelection.getLocale());
      selectedRoles =
          positions.rolesOf(selectedId).stream().map(c -> labels.getOrDefault(c, c)).toList();
    }
  }

  private TreeNode<Node> find(TreeNode<Node> node) {
    if (node.isSelected()) {
      return node;
    }
    for (TreeNode<Node> child : node.getChildren()) {
      TreeNode<Node> found = find(child);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /** The user picked a node: show its details (an open form is left without saving). */
  public void select() {
    if (selectedNode != null && selectedNode.getData() != null) {
      show(selectedNode.getData().type(), selectedNode.getData().id());
      Scrolling.bringIntoViewWhenStacked("detail");
    }
  }

  /** Re-reads the organisation and shows the node's details. */
  void show(String type, long id) {
    selectedType = type;
    selectedId = id;
    panel = OrgSnapshot.UNIT.equals(type) ? Panel.UNIT : Panel.POSITION;
    load();
  }

  void openForm(Panel form) {
    panel = form;
    Scrolling.bringIntoViewWhenStacked("detail");
  }

  /** Closes a form without saving. */
  public void cancel() {
    panel = OrgSnapshot.UNIT.equals(selectedType) ? Panel.UNIT : Panel.POSITION;
  }

  /** Re-reads after a save that failed because someone else changed the organisation meanwhile. */
  void refresh() {
    Panel open = panel;
    load();
    panel = open;
  }

  @RequiresPermission(CorePermissions.ORG_MANAGE)
  public void deleteUnit() {
    UnitItem unit = getUnit();
    try {
      units.delete(unit.id(), user.name());
      messages.pageInfo("org.unit.deleted", unit.name());
      show(OrgSnapshot.UNIT, unit.parentId() == null ? org.company().id() : unit.parentId());
    } catch (RuntimeException e) {
      failures.show(e, "view:");
    }
  }

  @RequiresPermission(CorePermissions.ORG_MANAGE)
  public void deletePosition() {
    PositionItem position = getPosition();
    try {
      positions.delete(position.id(), user.name());
      messages.pageInfo("org.position.deleted", position.title());
      show(OrgSnapshot.UNIT, position.unitId());
    } catch (RuntimeException e) {
      failures.show(e, "view:");
    }
  }

  public OrgSnapshot getOrg() {
    return org;
  }

  public TreeNode<Node> getRoot() {
    return root;
  }

  public TreeNode<Node> getSelectedNode() {
    return selectedNode;
  }

  public void setSelectedNode(TreeNode<Node> selectedNode) {
    this.selectedNode = selectedNode;
  }

  public Panel getPanel() {
    return panel;
  }

  /** The selected unit (or, for a selected position, its unit). */
  public UnitItem getUnit() {
    if (OrgSnapshot.UNIT.equals(selectedType)) {
      return org.unit(selectedId).orElse(org.company());
    }
    return org.unit(getPosition().unitId()).orElse(org.company());
  }

  public PositionItem getPosition() {
    return OrgSnapshot.POSITION.equals(selectedType) ? org.position(selectedId).orElse(null) : null;
  }

  public UnitItem getParentUnit() {
    return org.unit(getUnit().parentId()).orElse(null);
  }

  public PositionItem getHead() {
    return org.position(getUnit().headPositionId()).orElse(null);
  }

  public PositionItem getReportsTo() {
    PositionItem position = getPosition();
    return position == null ? null : org.position(position.reportsToId()).orElse(null);
  }

  public List<Holding> holdersToday(long positionId) {
    return org.holdersToday(positionId);
  }

  public List<Holding> getHoldings() {
    PositionItem position = getPosition();
    return position == null ? List.of() : org.holdings(position.id());
  }

  /** Places taken today: acting holders stand in and take none. */
  public long getFilled() {
    PositionItem position = getPosition();
    return position == null
        ? 0
        : org.holdersToday(position.id()).stream().filter(h -> !h.acting()).count();
  }

  public boolean isHeadSelected() {
    PositionItem position = getPosition();
    return position != null && org.isHead(position);
  }

  public List<String> getRoles() {
    return selectedRoles;
  }

  public int getPositionCount() {
    return org.positionsOf(getUnit().id()).size();
  }

  public List<UnitItem> getSubUnits() {
    return org.childrenOf(getUnit().id());
  }
}
