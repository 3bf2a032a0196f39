package com.opsuite.online.design;

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
 * The design and production costs of one month (the requests received in it), with the total the
 * department head and the general manager sign; the totals per requesting department are the sums
 * of its requests.
 */
@Entity
@Table(name = "online_design_settlement")
public class DesignSettlement extends TenantOwned {

  @Id
  @SequenceGenerator(
      name = "online_design_settlement_seq",
      sequenceName = "online_design_settlement_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "online_design_settlement_seq")
  private Long id;

  /** The first day of the month settled. */
  @Column(nullable = false, updatable = false)
  private LocalDate month;

  @Column(nullable = false)
  private BigDecimal total;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private SettlementStatus status = SettlementStatus.SIGNING;

  @Column(name = "prepared_by", nullable = false, updatable = false)
  private Long preparedBy;

  @Column(name = "approval_id")
  private Long approvalId;

  @Column(name = "handed_at")
  private Instant handedAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt = Instant.now();

  @Version private long version;

  protected DesignSettlement() {}

  DesignSettlement(LocalDate month, BigDecimal total, Long preparedBy) {
    this.month = month;
    this.total = total;
    this.preparedBy = preparedBy;
  }

  public Long getId() {
    return id;
  }

  public LocalDate getMonth() {
    return month;
  }

  public BigDecimal getTotal() {
    return total;
  }

  public SettlementStatus getStatus() {
    return status;
  }

  void setStatus(SettlementStatus status) {
    this.status = status;
  }

  public Long getPreparedBy() {
    return preparedBy;
  }

  public Long getApprovalId() {
    return approvalId;
  }

  void setApprovalId(Long approvalId) {
    this.approvalId = approvalId;
  }

  public Instant getHandedAt() {
    return handedAt;
  }

  void setHandedAt(Instant handedAt) {
    this.handedAt = handedAt;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public long getVersion() {
    return version;
  }
}
