package com.opsuite.online.content;

import com.opsuite.core.confidentiality.ClassifiedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * A piece of content for one or more platforms. The body is rich text, cleaned before it is stored;
 * every saved change is kept as a {@link ContentRevision}.
 */
@Entity
@Table(name = "online_content")
public class ContentItem extends ClassifiedRecord {

  @Id
  @SequenceGenerator(
      name = "online_content_seq",
      sequenceName = "online_content_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "online_content_seq")
  private Long id;

  @NotBlank
  @Size(max = 200)
  @Column(nullable = false)
  private String title;

  @NotNull
  @Column(nullable = false)
  private String body = "";

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ContentKind kind;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ContentStatus status = ContentStatus.DRAFT;

  @NotNull
  @Column(name = "owner_id", nullable = false)
  private Long ownerId;

  @Column(name = "planned_at")
  private Instant plannedAt;

  /** The event or promotion the piece is about, if any. */
  @Column(name = "occasion_id")
  private Long occasionId;

  /** Concerns a company project: the review adds the general manager's confirmation. */
  @Column(name = "company_project", nullable = false)
  private boolean companyProject;

  @Column(name = "approval_id")
  private Long approvalId;

  @Column(nullable = false)
  private int revision = 1;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt = Instant.now();

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt = Instant.now();

  @Version private long version;

  protected ContentItem() {}

  public ContentItem(String title, ContentKind kind, Long ownerId) {
    this.title = title;
    this.kind = kind;
    this.ownerId = ownerId;
  }

  public Long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public ContentKind getKind() {
    return kind;
  }

  public void setKind(ContentKind kind) {
    this.kind = kind;
  }

  public ContentStatus getStatus() {
    return status;
  }

  public void setStatus(ContentStatus status) {
    this.status = status;
  }

  public Long getOwnerId() {
    return ownerId;
  }

  public void setOwnerId(Long ownerId) {
    this.ownerId = ownerId;
  }

  public Instant getPlannedAt() {
    return plannedAt;
  }

  public void setPlannedAt(Instant plannedAt) {
    this.plannedAt = plannedAt;
  }

  public Long getOccasionId() {
    return occasionId;
  }

  public void setOccasionId(Long occasionId) {
    this.occasionId = occasionId;
  }

  public boolean isCompanyProject() {
    return companyProject;
  }

  public void setCompanyProject(boolean companyProject) {
    this.companyProject = companyProject;
  }

  public Long getApprovalId() {
    return approvalId;
  }

  public void setApprovalId(Long approvalId) {
    this.approvalId = approvalId;
  }

  public int getRevision() {
    return revision;
  }

  public void setRevision(int revision) {
    this.revision = revision;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public void setUpdatedAt(Instant updatedAt) {
    this.updatedAt = updatedAt;
  }

  public long getVersion() {
    return version;
  }
}
