package com.opsuite.online.content;

import com.opsuite.core.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A platform a piece goes to. Published when it is out there, with its link: cadence rules count
 * these publications per platform.
 */
@Entity
@Table(name = "online_content_platform")
@IdClass(ContentTargetKey.class)
public class ContentTarget extends TenantOwned {

  @Id
  @Column(name = "content_id", nullable = false, updatable = false)
  private Long contentId;

  @Id
  @Column(name = "platform_id", nullable = false, updatable = false)
  private Long platformId;

  @Column(name = "published_at")
  private Instant publishedAt;

  private String link;

  @Column(name = "published_by")
  private Long publishedBy;

  protected ContentTarget() {}

  public ContentTarget(Long contentId, Long platformId) {
    this.contentId = contentId;
    this.platformId = platformId;
  }

  public Long getContentId() {
    return contentId;
  }

  public Long getPlatformId() {
    return platformId;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }

  public String getLink() {
    return link;
  }

  public Long getPublishedBy() {
    return publishedBy;
  }

  public boolean isPublished() {
    return publishedAt != null;
  }

  public void publish(Instant at, String link, Long by) {
    this.publishedAt = at;
    this.link = link;
    this.publishedBy = by;
  }
}
