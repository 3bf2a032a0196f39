package com.opsuite.core.identity;

import com.opsuite.core.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A password reset link sent by mail: only its token's hash is kept, and it works once. */
@Entity
@Table(name = "password_reset")
public class PasswordReset extends TenantOwned {

  @Id
  @Column(name = "token_hash", length = 64)
  private String tokenHash;

  @Column(name = "user_id", nullable = false)
  private Long userId;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  protected PasswordReset() {}

  PasswordReset(String tokenHash, Long userId, Instant expiresAt) {
    this.tokenHash = tokenHash;
    this.userId = userId;
    this.expiresAt = expiresAt;
  }

  boolean usableAt(Instant now) {
    return usedAt == null && expiresAt.isAfter(now);
  }

  void use(Instant now) {
    usedAt = now;
  }

  Long getUserId() {
    return userId;
  }
}
