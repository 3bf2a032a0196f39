package com.opsuite.gas.registry;

import com.opsuite.core.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A user who goes into homes, with the badge number of the ID card the seed makes them wear. */
@Entity
@Table(name = "gas_inspector")
public class Inspector extends TenantOwned {

  @Id
  @Column(name = "user_id", nullable = false, updatable = false)
  private Long userId;

  @Column(name = "badge_no", nullable = false)
  private String badgeNo;

  @Column(nullable = false)
  private boolean active = true;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt = Instant.now();

  @Version private long version;

  protected Inspector() {}

  public Inspector(Long userId, String badgeNo) {
    this.userId = userId;
    this.badgeNo = badgeNo;
  }

  public Long getUserId() {
    return userId;
  }

  public String getBadgeNo() {
    return badgeNo;
  }

  public void setBadgeNo(String badgeNo) {
    this.badgeNo = badgeNo;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public long getVersion() {
    return version;
  }
}
