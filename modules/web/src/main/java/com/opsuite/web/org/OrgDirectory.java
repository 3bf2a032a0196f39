package com.opsuite.web.org;

import com.opsuite.core.org.Assignment;
import com.opsuite.core.org.OrgUnit;
import com.opsuite.core.org.OrgUnits;
import com.opsuite.core.org.Position;
import com.opsuite.core.org.Positions;
import com.opsuite.core.org.Staff;
import com.opsuite.core.org.StaffMember;
import com.opsuite.web.org.OrgSnapshot.Holding;
import com.opsuite.web.org.OrgSnapshot.PositionItem;
import com.opsuite.web.org.OrgSnapshot.UnitItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads the organisation for the pages, creating the company unit the first time. */
@ApplicationScoped
public class OrgDirectory {

  @Inject OrgUnits units;
  @Inject Positions positions;
  @Inject Staff staff;

  public OrgSnapshot read(Locale locale) {
    LocalDate today = LocalDate.now();
    Map<Long, UnitItem> unitItems = unitItems();
    Map<Long, String> names =
        staff.all().stream().collect(Collectors.toMap(StaffMember::getId, StaffMember::getName));
    Map<Long, PositionItem> positionItems = new LinkedHashMap<>();
    Map<Long, List<Holding>> holdings = new LinkedHashMap<>();
    for (Position p : positions.all()) {
      positionItems.put(p.getId(), item(p));
      List<Holding> held = new ArrayList<>();
      // One query per position: organisations here have tens of positions, not thousands.
      for (Assignment a : staff.assignmentsTo(p.getId())) {
        if (a.getEndsOn() == null || !a.getEndsOn().isBefore(today)) {
          held.add(holding(a, names));
        }
      }
      held.sort((a, b) -> a.startsOn().compareTo(b.startsOn()));
      holdings.put(p.getId(), held);
    }
    return new OrgSnapshot(unitItems, positionItems, holdings, today, locale);
  }

  /** Every position named with its unit, without reading who holds them. */
  public List<Choice> positionChoices(Locale locale) {
    Map<Long, UnitItem> unitItems = unitItems();
    Map<Long, PositionItem> positionItems =
        positions.all().stream()
            .collect(
                Collectors.toMap(
                    Position::getId, OrgDirectory::item, (a, b) -> a, LinkedHashMap::new));
    return new OrgSnapshot(unitItems, positionItems, Map.of(), LocalDate.now(), locale)
        .positionChoices();
  }

  /** Every unit in chart order, the company first, without reading positions or staff. */
  public List<Choice> unitChoices(Locale locale) {
    return new OrgSnapshot(unitItems(), Map.of(), Map.of(), LocalDate.now(), locale).unitChoices();
  }

  private Map<Long, UnitItem> unitItems() {
    units.company();
    Map<Long, UnitItem> items = new LinkedHashMap<>();
    for (OrgUnit u : units.all()) {
      items.put(
          u.getId(),
          new UnitItem(
              u.getId(),
              u.getParentId(),
              u.getKind(),
              u.getName(),
              u.getHeadPositionId(),
              u.getVersion()));
    }
    return items;
  }

  static PositionItem item(Position p) {
    return new PositionItem(
        p.getId(),
        p.getUnitId(),
        p.getTitle(),
        p.getReportsToId(),
        p.getHeadcount(),
        p.getDuties(),
        p.getStandards(),
        p.getRequirements(),
        p.getVersion());
  }

  static Holding holding(Assignment a, Map<Long, String> names) {
    return new Holding(
        a.getId(),
        a.getStaffId(),
        names.getOrDefault(a.getStaffId(), "#" + a.getStaffId()),
        a.getPositionId(),
        a.getStartsOn(),
        a.getEndsOn(),
        a.isActing());
  }
}
