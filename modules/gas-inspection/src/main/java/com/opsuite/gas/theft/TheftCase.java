package com.opsuite.gas.theft;

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
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A gas theft case: the evidence, the decision to stop supply, the compensation and, for serious
 * cases, escalation to the judicial authorities, decided through the gas.theft-case approval chain.
 */
@Entity
@Table(name = "gas_theft_case")
public class TheftCase extends TenantOwned {

  @Id
  @SequenceGenerator(
      name = "gas_theft_case_seq",
      sequenceName = "gas_theft_case_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gas_theft_case_seq")
  private Long id;

  @Column(name = "case_no", nullable = false, updatable = false)
  private String caseNo;

  @Column(name = "customer_id", nullable = false, updatable = false)
  private Long customerId;

  @Column(name = "inspection_id", updatable = false)
  private Long inspectionId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private TheftKind kind;

  @Column(nullable = false)
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private TheftStage stage = TheftStage.OPEN;

  @Column(name = "stop_supply", nullable = false)
  private boolean stopSupply;

  @Column(name = "compensation_yuan")
  private BigDecimal compensationYuan;

  @Column(nullable = false)
  private boolean escalate;

  @Column(name = "approval_id")
  private Long approvalId;

  @Column(name = "opened_by", nullable = false, updatable = false)
  private Long openedBy;

  @Column(name = "opened_at", nullable = false, updatable = false)
  private Instant openedAt = Instant.now();

  @Column(name = "closed_at")
  private Instant closedAt;

  @Version private long version;

  protected TheftCase() {}

  public TheftCase(
      String caseNo,
      Long customerId,
      Long inspectionId,
      TheftKind kind,
      String description,
      Long openedBy) {
    this.caseNo = caseNo;
    this.customerId = customerId;
    this.inspectionId = inspectionId;
    this.kind = kind;
    this.description = description;
    this.openedBy = openedBy;
  }

  public Long getId() {
    return id;
  }

  public String getCaseNo() {
    return caseNo;
  }

  public Long getCustomerId() {
    return customerId;
  }

  public Long getInspectionId() {
    return inspectionId;
  }

  public TheftKind getKind() {
    return kind;
  }

  public void setKind(TheftKind kind) {
    this.kind = kind;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public TheftStage getStage() {
    return stage;
  }

  public void setStage(TheftStage stage) {
    this.stage = stage;
  }

  public boolean isStopSupply() {
    return stopSupply;
  }

  public void setStopSupply(boolean stopSupply) {
    this.stopSupply = stopSupply;
  }

  public BigDecimal getCompensationYuan() {
    return compensationYuan;
  }

  public void setCompensationYuan(BigDecimal compensationYuan) {
    this.compensationYuan = compensationYuan;
  }

  public boolean isEscalate() {
    return escalate;
  }

  public void setEscalate(boolean escalate) {
    this.escalate = escalate;
  }

  public Long getApprovalId() {
    return approvalId;
  }

  public void setApprovalId(Long approvalId) {
    this.approvalId = approvalId;
  }

  public Long getOpenedBy() {
    return openedBy;
  }

  public Instant getOpenedAt() {
    return openedAt;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public void setClosedAt(Instant closedAt) {
    this.closedAt = closedAt;
  }

  public long getVersion() {
    return version;
  }
}
