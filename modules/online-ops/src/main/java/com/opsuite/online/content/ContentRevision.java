package com.opsuite.online.content;

import com.opsuite.core.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;

/** One saved version of a piece: what it said, who saved it and when. Never changed. */
@Entity
@Table(name = "online_content_revision")
@IdClass(ContentRevisionKey.class)
public class ContentRevision extends TenantOwned {

  @Id
  @Column(name = "content_id", nullable = false, updatable = false)
  private Long contentId;

  @Id
  @Column(nullable = false, updatable = false)
  private Integer revision;

  @Column(nullable = false, updatable = false)
  private String title;

  @Column(nullable = false, updatable = false)
  private String body;

  @Column(name = "author_id", nullable = false, updatable = false)
  private Long authorId;

  @Column(updatable = false)
  private String note;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt = Instant.now();

  protected ContentRevision() {}

  public ContentRevision(
      Long contentId, Integer revision, String title, String body, Long authorId, String note) {
    this.contentId = contentId;
    this.revision = revision;
    this.title = title;
    this.body = body;
    this.authorId = authorId;
    this.note = note;
  }

  public Long getContentId() {
    return contentId;
  }

  public Integer getRevision() {
    return revision;
  }

  public String getTitle() {
    return title;
  }

  public String getBody() {
    return body;
  }

  public Long getAuthorId() {
    return authorId;
  }

  public String getNote() {
    return note;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
