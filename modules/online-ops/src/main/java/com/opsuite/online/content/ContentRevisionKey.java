package com.opsuite.online.content;

import java.io.Serializable;
import java.util.Objects;

/** Primary key of {@link ContentRevision} apart from the tenant, which EclipseLink adds. */
public class ContentRevisionKey implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long contentId;
  private Integer revision;

  public ContentRevisionKey() {}

  public ContentRevisionKey(Long contentId, Integer revision) {
    this.contentId = contentId;
    this.revision = revision;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ContentRevisionKey other
        && Objects.equals(contentId, other.contentId)
        && Objects.equals(revision, other.revision);
  }

  @Override
  public int hashCode() {
    return Objects.hash(contentId, revision);
  }
}
