package com.opsuite.online.budget;

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
import java.time.LocalDate;

/**
 * An expense claim of the operations department with its invoice, checked through core's {@code
 * core.expense-claim} chain; it counts against its category's budget in the month it was spent once
 * approved.
 */
@Entity
@Table(name = "online_expense_claim")
public class ExpenseClaim extends TenantOwned {

  @Id
  @SequenceGenerator(
      name = "online_expense_claim_seq",
      sequenceName = "online_expense_claim_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "online_expense_claim_seq")
  private Long id;

  @Column(name = "claimant_id", nullable = false, updatable = false)
  private Long claimantId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private BudgetCategory category;

  @Column(nullable = false)
  private BigDecimal amount;

  @Column(name = "spent_on", nullable = false)
  private LocalDate spentOn;

  @Column(nullable = false)
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ClaimStatus status = ClaimStatus.DRAFT;

  @Column(name = "approval_id")
  private Long approvalId;

  @Column(name = "invoice_name")
  private String invoiceName;

  @Column(name = "invoice_type")
  private String invoiceType;

  @Column(name = "invoice_size")
  private Integer invoiceSize;

  @Column(name = "invoice_sha256")
  private String invoiceSha256;

  // Eager: a lazy basic attribute makes EclipseLink's multitenant fetch group fail at deployment.
  @Column(name = "invoice")
  private byte[] invoice;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt = Instant.now();

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Version private long version;

  protected ExpenseClaim() {}

  ExpenseClaim(
      Long claimantId,
      BudgetCategory category,
      BigDecimal amount,
      LocalDate spentOn,
      String description) {
    this.claimantId = claimantId;
    this.category = category;
    this.amount = amount;
    this.spentOn = spentOn;
    this.description = description;
  }

  void attach(String name, String type, byte[] content, String sha256) {
    this.invoiceName = name;
    this.invoiceType = type;
    this.invoice = content;
    this.invoiceSize = content.length;
    this.invoiceSha256 = sha256;
  }

  public Long getId() {
    return id;
  }

  public Long getClaimantId() {
    return claimantId;
  }

  public BudgetCategory getCategory() {
    return category;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public LocalDate getSpentOn() {
    return spentOn;
  }

  public String getDescription() {
    return description;
  }

  public ClaimStatus getStatus() {
    return status;
  }

  void setStatus(ClaimStatus status) {
    this.status = status;
  }

  public Long getApprovalId() {
    return approvalId;
  }

  void setApprovalId(Long approvalId) {
    this.approvalId = approvalId;
  }

  public String getInvoiceName() {
    return invoiceName;
  }

  public String getInvoiceType() {
    return invoiceType;
  }

  public Integer getInvoiceSize() {
    return invoiceSize;
  }

  public String getInvoiceSha256() {
    return invoiceSha256;
  }

  public byte[] getInvoice() {
    return invoice;
  }

  public boolean hasInvoice() {
    return invoiceSha256 != null;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  void setDecidedAt(Instant decidedAt) {
    this.decidedAt = decidedAt;
  }

  public long getVersion() {
    return version;
  }
}
