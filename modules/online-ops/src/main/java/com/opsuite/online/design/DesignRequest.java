package com.opsuite.online.design;

import com.opsuite.core.persistence.TenantOwned;
import com.opsuite.online.budget.BudgetCategory;
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
import java.time.LocalDate;

/**
 * A design request (the seed's 产品设计申请单) of a department, from the signed form to the goods received
 * and settled. The cost counts against the operations budget of its category once the month's
 * settlement is signed.
 */
@Entity
@Table(name = "online_design_request")
public class DesignRequest extends TenantOwned {

  @Id
  @SequenceGenerator(
      name = "online_design_request_seq",
      sequenceName = "online_design_request_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "online_design_request_seq")
  private Long id;

  @Column(nullable = false)
  private String title;

  @Column(name = "department_id", nullable = false)
  private Long departmentId;

  @Column(name = "requester_id", nullable = false, updatable = false)
  private Long requesterId;

  @Column(nullable = false)
  private String purpose;

  @Column(nullable = false)
  private String specs;

  @Column(nullable = false)
  private LocalDate deadline;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private BudgetCategory category = BudgetCategory.CONTENT_PRODUCTION;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private DesignStatus status = DesignStatus.SIGNING;

  /** The approval running or last run for the request: the signing, then the confirmation. */
  @Column(name = "approval_id")
  private Long approvalId;

  @Column(name = "designer_id")
  private Long designerId;

  @Column(name = "delivery_note")
  private String deliveryNote;

  @Column(name = "cost_estimate")
  private BigDecimal costEstimate;

  @Column(name = "actual_cost")
  private BigDecimal actualCost;

  @Column(name = "received_on")
  private LocalDate receivedOn;

  @Column(name = "settlement_id")
  private Long settlementId;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt = Instant.now();

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt = Instant.now();

  @Version private long version;

  protected DesignRequest() {}

  public DesignRequest(
      String title,
      Long departmentId,
      Long requesterId,
      String purpose,
      String specs,
      LocalDate deadline,
      BudgetCategory category) {
    this.title = title;
    this.departmentId = departmentId;
    this.requesterId = requesterId;
    this.purpose = purpose;
    this.specs = specs;
    this.deadline = deadline;
    this.category = category;
  }

  /** Moves to the next status; the caller has checked that the step is allowed. */
  void moveTo(DesignStatus next) {
    this.status = next;
    this.updatedAt = Instant.now();
  }

  public Long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public Long getDepartmentId() {
    return departmentId;
  }

  public Long getRequesterId() {
    return requesterId;
  }

  public String getPurpose() {
    return purpose;
  }

  public String getSpecs() {
    return specs;
  }

  public LocalDate getDeadline() {
    return deadline;
  }

  public BudgetCategory getCategory() {
    return category;
  }

  public DesignStatus getStatus() {
    return status;
  }

  public Long getApprovalId() {
    return approvalId;
  }

  void setApprovalId(Long approvalId) {
    this.approvalId = approvalId;
  }

  public Long getDesignerId() {
    return designerId;
  }

  void setDesignerId(Long designerId) {
    this.designerId = designerId;
  }

  public String getDeliveryNote() {
    return deliveryNote;
  }

  void setDeliveryNote(String deliveryNote) {
    this.deliveryNote = deliveryNote;
  }

  public BigDecimal getCostEstimate() {
    return costEstimate;
  }

  void setCostEstimate(BigDecimal costEstimate) {
    this.costEstimate = costEstimate;
  }

  public BigDecimal getActualCost() {
    return actualCost;
  }

  void setActualCost(BigDecimal actualCost) {
    this.actualCost = actualCost;
  }

  public LocalDate getReceivedOn() {
    return receivedOn;
  }

  void setReceivedOn(LocalDate receivedOn) {
    this.receivedOn = receivedOn;
  }

  public Long getSettlementId() {
    return settlementId;
  }

  void setSettlementId(Long settlementId) {
    this.settlementId = settlementId;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public long getVersion() {
    return version;
  }
}
