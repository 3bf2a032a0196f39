package com.opsuite.core.spi;

import java.util.List;
import java.util.Set;

/**
 * The default organisation a module contributes, taken from its seed: units under the company and
 * their positions. Names are {@code org.unit.<key>} and {@code org.position.<key>} in the module's
 * bundle (duties, optionally, {@code org.position.<key>.duties}), written in the tenant's language
 * when applied. Applying is idempotent: an item the tenant received once is never created again,
 * even after the tenant renamed or deleted it.
 */
public record OrgTemplate(List<Unit> units, List<Position> positions) {

  public static final OrgTemplate NONE = new OrgTemplate(List.of(), List.of());

  public OrgTemplate {
    units = List.copyOf(units);
    positions = List.copyOf(positions);
  }

  public boolean isEmpty() {
    return units.isEmpty() && positions.isEmpty();
  }

  /**
   * A department ({@code parentKey} null: directly under the company) or a group under one of the
   * template's units; {@code headKey} names its head among the template's positions.
   */
  public record Unit(String key, String parentKey, boolean group, String headKey) {}

  /**
   * A position in one of the template's units, reporting to another of its positions ({@code
   * reportsToKey} null: to the head of the unit above), with the module's default roles (their
   * codes without the module prefix) as its rights.
   */
  public record Position(
      String key, String unitKey, String reportsToKey, int headcount, Set<String> roles) {
    public Position {
      roles = Set.copyOf(roles);
    }
  }
}
