package com.opsuite.core.platform;

import com.opsuite.core.identity.Lockout;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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

  @Embedded private Lockout lockout = new Lockout();

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

  Lockout lockout() {
    return lockout;
  }
}
