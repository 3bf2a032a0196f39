package com.opsuite.core.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** An operator of the platform: manages tenants, belongs to none, sees no tenant's data. */
@Entity
@Table(name = "platform_operator")
public class PlatformOperator {

  @Id
  @SequenceGenerator(
      name = "platform_operator_seq",
      sequenceName = "platform_operator_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "platform_operator_seq")
  private Long id;

  @Column(nullable = false, unique = true, length = 100)
  private String username;

  @Column(name = "password_hash", nullable = false, length = 512)
  private String passwordHash;

  @Column(name = "failed_logins", nullable = false)
  private int failedLogins;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt = Instant.now();

  @Version private long version;

  protected PlatformOperator() {}

  PlatformOperator(String username, String passwordHash) {
    this.username = username;
    this.passwordHash = passwordHash;
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  String getPasswordHash() {
    return passwordHash;
  }

  boolean isLocked(Instant now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }

  void failedLogin(int threshold, Instant until) {
    if (++failedLogins >= threshold) {
      lockedUntil = until;
      failedLogins = 0;
    }
  }

  void succeededLogin() {
    failedLogins = 0;
    lockedUntil = null;
  }
}
