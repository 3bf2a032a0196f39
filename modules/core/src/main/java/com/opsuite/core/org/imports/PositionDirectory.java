package com.opsuite.core.org.imports;

import com.opsuite.core.org.OrgUnit;
import com.opsuite.core.org.Position;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Finds the position a cell names: by title alone, or as "unit/title" where titles repeat across
 * units (every department has its "经理"). Titles and unit names compare without case.
 */
final class PositionDirectory {

  /** What a cell resolved to: one position, or the reason it did not. */
  sealed interface Match {}

  record Found(Position position) implements Match {}

  record Unknown() implements Match {}

  record Ambiguous(List<String> candidates) implements Match {}

  private final List<Position> positions;
  private final Map<Long, OrgUnit> units;

  PositionDirectory(List<Position> positions, List<OrgUnit> units) {
    this.positions = List.copyOf(positions);
    this.units = units.stream().collect(Collectors.toMap(OrgUnit::getId, Function.identity()));
  }

  Match find(String text) {
    String wanted = text.strip();
    List<Position> byTitle = positions.stream().filter(p -> same(p.getTitle(), wanted)).toList();
    if (byTitle.isEmpty()) {
      int slash = Math.max(wanted.lastIndexOf('/'), wanted.lastIndexOf('／'));
      if (slash > 0) {
        String unit = wanted.substring(0, slash).strip();
        String title = wanted.substring(slash + 1).strip();
        byTitle =
            positions.stream()
                .filter(p -> same(p.getTitle(), title) && same(unitName(p), unit))
                .toList();
      }
    }
    if (byTitle.isEmpty()) {
      return new Unknown();
    }
    if (byTitle.size() > 1) {
      return new Ambiguous(byTitle.stream().map(this::qualified).toList());
    }
    return new Found(byTitle.get(0));
  }

  /** How a position is written so that it is unique: "unit/title". */
  String qualified(Position position) {
    return unitName(position) + "/" + position.getTitle();
  }

  private String unitName(Position position) {
    OrgUnit unit = units.get(position.getUnitId());
    return unit == null ? "" : unit.getName();
  }

  private static boolean same(String a, String b) {
    return a != null && a.strip().toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
  }
}
