package com.opsuite.online.platform;

import java.io.Serializable;
import java.util.Objects;

/** Primary key of {@link PlatformPublisher} apart from the tenant, which EclipseLink adds. */
public class PlatformPublisherKey implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long platformId;
  private Long userId;

  public PlatformPublisherKey() {}

  public PlatformPublisherKey(Long platformId, Long userId) {
    this.platformId = platformId;
    this.userId = userId;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PlatformPublisherKey other
        && Objects.equals(platformId, other.platformId)
        && Objects.equals(userId, other.userId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(platformId, userId);
  }
}
