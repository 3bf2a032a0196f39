package com.opsuite.gas.registry;

import com.opsuite.core.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A gas purchase as the sales system recorded it; its source key (the receipt number) makes
 * re-imports add nothing.
 */
@Entity
@Table(name = "gas_purchase")
public class Purchase extends TenantOwned {

  @Id
  @SequenceGenerator(
      name = "gas_purchase_seq",
      sequenceName = "gas_purchase_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gas_purchase_seq")
  private Long id;

  @Column(name = "source_key", nullable = false, updatable = false)
  private String sourceKey;

  @Column(name = "card_id", nullable = false, updatable = false)
  private Long cardId;

  @Column(name = "customer_id", nullable = false, updatable = false)
  private Long customerId;

  @Column(name = "purchased_on", nullable = false, updatable = false)
  private LocalDate purchasedOn;

  @Column(name = "volume_m3", nullable = false, updatable = false)
  private BigDecimal volumeM3;

  @Column(name = "amount_yuan", nullable = false, updatable = false)
  private BigDecimal amountYuan;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt = Instant.now();

  protected Purchase() {}

  public Purchase(
      String sourceKey,
      Long cardId,
      Long customerId,
      LocalDate purchasedOn,
      BigDecimal volumeM3,
      BigDecimal amountYuan) {
    this.sourceKey = sourceKey;
    this.cardId = cardId;
    this.customerId = customerId;
    this.purchasedOn = purchasedOn;
    this.volumeM3 = volumeM3;
    this.amountYuan = amountYuan;
  }

  public Long getId() {
    return id;
  }

  public String getSourceKey() {
    return sourceKey;
  }

  public Long getCardId() {
    return cardId;
  }

  public Long getCustomerId() {
    return customerId;
  }

  public LocalDate getPurchasedOn() {
    return purchasedOn;
  }

  public BigDecimal getVolumeM3() {
    return volumeM3;
  }

  public BigDecimal getAmountYuan() {
    return amountYuan;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
