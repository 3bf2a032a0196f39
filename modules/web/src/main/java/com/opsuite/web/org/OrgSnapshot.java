package com.opsuite.web.org;

import com.opsuite.core.org.UnitKind;
import java.io.Serializable;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/**
 * The organisation as read once for a page: units, positions, and who holds them today or later.
 * Copies, not entities, so a view can keep it between requests.
 */
public final class OrgSnapshot implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Node types of the chart, as the page's tree nodes name them. */
  public static final String UNIT = "unit";

  public static final String POSITION = "position";

  private final Map<Long, UnitItem> units;
  private final Map<Long, PositionItem> positions;
  private final Map<Long, List<Holding>> holdings;
  private final LocalDate today;
  private final Locale locale;

  OrgSnapshot(
      Map<Long, UnitItem> units,
      Map<Long, PositionItem> positions,
      Map<Long, List<Holding>> holdings,
      LocalDate today,
      Locale locale) {
    this.units = units;
    this.positions = positions;
    this.holdings = holdings;
    this.today = today;
    this.locale = locale;
  }

  /** A unit as read. */
  public record UnitItem(
      long id, Long parentId, UnitKind kind, String name, Long headPositionId, long version)
      implements Serializable {}

  /** A position as read. */
  public record PositionItem(
      long id,
      long unitId,
      String title,
      Long reportsToId,
      int headcount,
      String duties,
      String standards,
      String requirements,
      long version)
      implements Serializable {}

  /** Someone holding a position for a period (acting: standing in for a while). */
  public record Holding(
      long assignmentId,
      long staffId,
      String name,
      long positionId,
      LocalDate startsOn,
      LocalDate endsOn,
      boolean acting)
      implements Serializable {

    public boolean covers(LocalDate day) {
      return !startsOn.isAfter(day) && (endsOn == null || !endsOn.isBefore(day));
    }
  }

  /** What a node of the chart shows: a unit, or a position with its holders today. */
  public record Node(
      String type,
      long id,
      String label,
      UnitKind kind,
      boolean head,
      int headcount,
      List<Holding> holders)
      implements Serializable {}

  public UnitItem company() {
    return units.values().stream().filter(u -> u.parentId() == null).findFirst().orElseThrow();
  }

  public Optional<UnitItem> unit(Long id) {
    return Optional.ofNullable(id == null ? null : units.get(id));
  }

  public Optional<PositionItem> position(Long id) {
    return Optional.ofNullable(id == null ? null : positions.get(id));
  }

  public List<UnitItem> childrenOf(long unitId) {
    return units.values().stream()
        .filter(u -> u.parentId() != null && u.parentId() == unitId)
        .sorted(Comparator.comparing(UnitItem::name, Collator.getInstance(locale)))
        .toList();
  }

  /** The unit's positions, its head first. */
  public List<PositionItem> positionsOf(long unitId) {
    Long head = units.get(unitId).headPositionId();
    Comparator<PositionItem> byTitle =
        Comparator.comparing(PositionItem::title, Collator.getInstance(locale));
    return positions.values().stream()
        .filter(p -> p.unitId() == unitId)
        .sorted(
            Comparator.comparing((PositionItem p) -> !Long.valueOf(p.id()).equals(head))
                .thenComparing(byTitle))
        .toList();
  }

  public boolean isHead(PositionItem position) {
    UnitItem unit = units.get(position.unitId());
    return unit != null && Long.valueOf(position.id()).equals(unit.headPositionId());
  }

  /** Who holds the position today, acting holders included. */
  public List<Holding> holdersToday(long positionId) {
    return holdings.getOrDefault(positionId, List.of()).stream()
        .filter(h -> h.covers(today))
        .toList();
  }

  /** Who holds the position today or will from a later day. */
  public List<Holding> holdings(long positionId) {
    return holdings.getOrDefault(positionId, List.of());
  }

  /** The chart: the company at the top, each unit's positions before its sub-units. */
  public TreeNode<Node> tree(String selectedType, Long selectedId) {
    TreeNode<Node> root = new DefaultTreeNode<>(null, null);
    addUnit(company(), root, selectedType, selectedId);
    return root;
  }

  private void addUnit(UnitItem unit, TreeNode<Node> parent, String selType, Long selId) {
    TreeNode<Node> node =
        new DefaultTreeNode<>(
            UNIT, new Node(UNIT, unit.id(), unit.name(), unit.kind(), false, 0, List.of()), parent);
    node.setExpanded(true);
    select(node, UNIT.equals(selType) && selId != null && selId == unit.id());
    for (PositionItem p : positionsOf(unit.id())) {
      TreeNode<Node> leaf =
          new DefaultTreeNode<>(
              POSITION,
              new Node(
                  POSITION,
                  p.id(),
                  p.title(),
                  null,
                  isHead(p),
                  p.headcount(),
                  holdersToday(p.id())),
              node);
      select(leaf, POSITION.equals(selType) && selId != null && selId == p.id());
    }
    for (UnitItem child : childrenOf(unit.id())) {
      addUnit(child, node, selType, selId);
    }
  }

  private static void select(TreeNode<Node> node, boolean selected) {
    node.setSelected(selected);
  }

  /** Every unit in chart order, indented by depth, for choosing a parent or a position's unit. */
  public List<Choice> unitChoices() {
    List<Choice> choices = new ArrayList<>();
    addUnitChoice(company(), 0, choices);
    return choices;
  }

  private void addUnitChoice(UnitItem unit, int depth, List<Choice> choices) {
    choices.add(new Choice(unit.id(), "— ".repeat(depth) + unit.name()));
    for (UnitItem child : childrenOf(unit.id())) {
      addUnitChoice(child, depth + 1, choices);
    }
  }

  /** Every position in chart order, named with its unit. */
  public List<Choice> positionChoices() {
    List<Choice> choices = new ArrayList<>();
    addPositionChoices(company(), choices);
    return choices;
  }

  private void addPositionChoices(UnitItem unit, List<Choice> choices) {
    for (PositionItem p : positionsOf(unit.id())) {
      choices.add(new Choice(p.id(), p.title() + " · " + unit.name()));
    }
    for (UnitItem child : childrenOf(unit.id())) {
      addPositionChoices(child, choices);
    }
  }

  /** The unit itself and every unit below it. */
  public List<Long> subtree(long unitId) {
    List<Long> ids = new ArrayList<>();
    ids.add(unitId);
    for (UnitItem child : childrenOf(unitId)) {
      ids.addAll(subtree(child.id()));
    }
    return ids;
  }

  public LocalDate today() {
    return today;
  }
}
