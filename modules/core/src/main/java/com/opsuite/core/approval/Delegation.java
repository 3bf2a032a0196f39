package com.opsuite.core.approval;

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
import java.time.LocalDate;

/** A user lets another act for them on approvals from one day to another, both included. */
@Entity
@Table(name = "approval_delegation")
public class Delegation extends TenantOwned {

  @Id
  @SequenceGenerator(
      name = "approval_delegation_seq",
      sequenceName = "approval_delegation_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "approval_delegation_seq")
  private Long id;

  @Column(name = "from_user_id", nullable = false, updatable = false)
  private Long fromUserId;

  @Column(name = "to_user_id", nullable = false, updatable = false)
  private Long toUserId;

  @Column(name = "starts_on", nullable = false, updatable = false)
  private LocalDate startsOn;

  @Column(name = "ends_on", nullable = false, updatable = false)
  private LocalDate endsOn;

  @Column(nullable = false)
  private boolean revoked;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt = Instant.now();

  @Version private long version;

  protected Delegation() {}

  Delegation(long fromUserId, long toUserId, LocalDate startsOn, LocalDate endsOn) {
    this.fromUserId = fromUserId;
    this.toUserId = toUserId;
    this.startsOn = startsOn;
    this.endsOn = endsOn;
  }

  public Long getId() {
    return id;
  }

  public Long getFromUserId() {
    return fromUserId;
  }

  public Long getToUserId() {
    return toUserId;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }

  public boolean isRevoked() {
    return revoked;
  }

  void revoke() {
    revoked = true;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public long getVersion() {
    return version;
  }
}
