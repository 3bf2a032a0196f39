package com.opsuite.gas.registry;

import com.opsuite.core.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A gas card bound to one meter. A meter has at most one active card; replaced ones stay as
 * history.
 */
@Entity
@Table(name = "gas_card")
public class GasCard extends TenantOwned {

  @Id
  @SequenceGenerator(name = "gas_card_seq", sequenceName = "gas_card_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gas_card_seq")
  private Long id;

  @Column(name = "card_no", nullable = false, updatable = false)
  private String cardNo;

  @Column(name = "meter_id", nullable = false, updatable = false)
  private Long meterId;

  @Column(nullable = false)
  private boolean active = true;

  @Column(name = "bound_at", nullable = false, updatable = false)
  private Instant boundAt = Instant.now();

  @Column(name = "unbound_at")
  private Instant unboundAt;

  @Column(name = "unbound_reason")
  private String unboundReason;

  @Version private long version;

  protected GasCard() {}

  public GasCard(String cardNo, Long meterId) {
    this.cardNo = cardNo;
    this.meterId = meterId;
  }

  public Long getId() {
    return id;
  }

  public String getCardNo() {
    return cardNo;
  }

  public Long getMeterId() {
    return meterId;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public Instant getBoundAt() {
    return boundAt;
  }

  public Instant getUnboundAt() {
    return unboundAt;
  }

  public void setUnboundAt(Instant unboundAt) {
    this.unboundAt = unboundAt;
  }

  public String getUnboundReason() {
    return unboundReason;
  }

  public void setUnboundReason(String unboundReason) {
    this.unboundReason = unboundReason;
  }

  public long getVersion() {
    return version;
  }
}
