package com.opsuite.gas.inspection;

import com.opsuite.core.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A photo or signature of an inspection: the bytes with their checked type, size and SHA-256, and
 * who stored them when. Lists read it through projections that leave the bytes out.
 */
@Entity
@Table(name = "gas_evidence")
public class Evidence extends TenantOwned {

  @Id
  @SequenceGenerator(
      name = "gas_evidence_seq",
      sequenceName = "gas_evidence_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gas_evidence_seq")
  private Long id;

  @Column(name = "inspection_id", nullable = false, updatable = false)
  private Long inspectionId;

  @Column(name = "item_code", updatable = false)
  private String itemCode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private EvidenceKind kind;

  @Column(name = "content_type", nullable = false, updatable = false)
  private String contentType;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private int sizeBytes;

  @Column(nullable = false, updatable = false)
  private String sha256;

  @Column(nullable = false, updatable = false)
  private byte[] content;

  @Column(name = "uploaded_by", nullable = false, updatable = false)
  private Long uploadedBy;

  @Column(name = "uploaded_at", nullable = false, updatable = false)
  private Instant uploadedAt = Instant.now();

  protected Evidence() {}

  public Evidence(
      Long inspectionId,
      String itemCode,
      EvidenceKind kind,
      String contentType,
      int sizeBytes,
      String sha256,
      byte[] content,
      Long uploadedBy) {
    this.inspectionId = inspectionId;
    this.itemCode = itemCode;
    this.kind = kind;
    this.contentType = contentType;
    this.sizeBytes = sizeBytes;
    this.sha256 = sha256;
    this.content = content;
    this.uploadedBy = uploadedBy;
  }

  public Long getId() {
    return id;
  }

  public Long getInspectionId() {
    return inspectionId;
  }

  public String getItemCode() {
    return itemCode;
  }

  public EvidenceKind getKind() {
    return kind;
  }

  public String getContentType() {
    return contentType;
  }

  public int getSizeBytes() {
    return sizeBytes;
  }

  public String getSha256() {
    return sha256;
  }

  public byte[] getContent() {
    return content;
  }

  public Long getUploadedBy() {
    return uploadedBy;
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }
}
