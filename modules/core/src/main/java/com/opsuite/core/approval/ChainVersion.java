package com.opsuite.core.approval;

import com.opsuite.core.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One saved version of a tenant's chain for a document type; immutable (append-only in the
 * database). A null definition is a reset to the module's default.
 */
@Entity
@Table(name = "approval_chain")
public class ChainVersion extends TenantOwned {

  @Id
  @SequenceGenerator(
      name = "approval_chain_seq",
      sequenceName = "approval_chain_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "approval_chain_seq")
  private Long id;

  @Column(name = "doc_type", nullable = false, length = 100, updatable = false)
  private String docType;

  @Column(nullable = false, updatable = false)
  private int version;

  @Column(columnDefinition = "text", updatable = false)
  private String definition;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt = Instant.now();

  @Column(name = "created_by", nullable = false, length = 200, updatable = false)
  private String createdBy;

  protected ChainVersion() {}

  ChainVersion(String docType, int version, String definition, String createdBy) {
    this.docType = docType;
    this.version = version;
    this.definition = definition;
    this.createdBy = createdBy;
  }

  public String getDocType() {
    return docType;
  }

  public int getVersion() {
    return version;
  }

  public String getDefinition() {
    return definition;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }
}
