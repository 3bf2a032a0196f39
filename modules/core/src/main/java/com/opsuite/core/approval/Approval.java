package com.opsuite.core.approval;

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
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A document under review: which document, who submitted it, the chain version it follows (copied
 * in at the start, so later edits of the chain leave it alone) and where it stands.
 */
@Entity
@Table(name = "approval")
public class Approval extends TenantOwned {

  @Id
  @SequenceGenerator(name = "approval_seq", sequenceName = "approval_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "approval_seq")
  private Long id;

  @Column(name = "doc_type", nullable = false, length = 100, updatable = false)
  private String docType;

  @Column(name = "document_ref", nullable = false, length = 200, updatable = false)
  private String documentRef;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(nullable = false, columnDefinition = "text")
  private String fields;

  @Column(name = "submitter_user_id", nullable = false, updatable = false)
  private Long submitterUserId;

  @Column(name = "submitter_staff_id", nullable = false, updatable = false)
  private Long submitterStaffId;

  @Column(name = "chain_version", nullable = false, updatable = false)
  private int chainVersion;

  @Column(name = "chain_definition", nullable = false, columnDefinition = "text", updatable = false)
  private String chainDefinition;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ApprovalStatus status = ApprovalStatus.PENDING;

  @Column(name = "current_step")
  private Integer currentStep;

  @Column(name = "document_version", nullable = false)
  private int documentVersion = 1;

  @Column(name = "started_at", nullable = false, updatable = false)
  private Instant startedAt = Instant.now();

  @Column(name = "concluded_at")
  private Instant concludedAt;

  @Column(name = "last_action_at", nullable = false)
  private Instant lastActionAt = Instant.now();

  @Version private long version;

  protected Approval() {}

  Approval(
      String docType,
      String documentRef,
      String title,
      String fields,
      long submitterUserId,
      long submitterStaffId,
      int chainVersion,
      String chainDefinition) {
    this.docType = docType;
    this.documentRef = documentRef;
    this.title = title;
    this.fields = fields;
    this.submitterUserId = submitterUserId;
    this.submitterStaffId = submitterStaffId;
    this.chainVersion = chainVersion;
    this.chainDefinition = chainDefinition;
  }

  public Long getId() {
    return id;
  }

  public String getDocType() {
    return docType;
  }

  public String getDocumentRef() {
    return documentRef;
  }

  public String getTitle() {
    return title;
  }

  public String getFields() {
    return fields;
  }

  public Long getSubmitterUserId() {
    return submitterUserId;
  }

  public Long getSubmitterStaffId() {
    return submitterStaffId;
  }

  public int getChainVersion() {
    return chainVersion;
  }

  public String getChainDefinition() {
    return chainDefinition;
  }

  public ApprovalStatus getStatus() {
    return status;
  }

  void setStatus(ApprovalStatus status) {
    this.status = status;
    if (!status.open()) {
      concludedAt = Instant.now();
      currentStep = null;
    }
  }

  public Integer getCurrentStep() {
    return currentStep;
  }

  void setCurrentStep(Integer currentStep) {
    this.currentStep = currentStep;
  }

  public int getDocumentVersion() {
    return documentVersion;
  }

  void nextDocumentVersion() {
    documentVersion++;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getConcludedAt() {
    return concludedAt;
  }

  public long getVersion() {
    return version;
  }

  public Instant getLastActionAt() {
    return lastActionAt;
  }

  /** Records that someone acted; the write also moves the version (see V11). */
  void touch(Instant at) {
    lastActionAt = at;
  }
}
