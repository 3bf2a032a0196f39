package com.opsuite.online.data;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/** Primary key of {@link PlatformWeek} apart from the tenant, which EclipseLink adds. */
public class PlatformWeekKey implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long platformId;
  private LocalDate weekStart;

  public PlatformWeekKey() {}

  public PlatformWeekKey(Long platformId, LocalDate weekStart) {
    this.platformId = platformId;
    this.weekStart = weekStart;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PlatformWeekKey other
        && Objects.equals(platformId, other.platformId)
        && Objects.equals(weekStart, other.weekStart);
  }

  @Override
  public int hashCode() {
    return Objects.hash(platformId, weekStart);
  }
}
