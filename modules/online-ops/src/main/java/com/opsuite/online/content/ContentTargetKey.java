package com.opsuite.online.content;

import java.io.Serializable;
import java.util.Objects;

/** Primary key of {@link ContentTarget} apart from the tenant, which EclipseLink adds. */
public class ContentTargetKey implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long contentId;
  private Long platformId;

  public ContentTargetKey() {}

  public ContentTargetKey(Long contentId, Long platformId) {
    this.contentId = contentId;
    this.platformId = platformId;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ContentTargetKey other
        && Objects.equals(contentId, other.contentId)
        && Objects.equals(platformId, other.platformId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(contentId, platformId);
  }
}
