package com.opsuite.core.identity;

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

/** A person's account within one tenant. The password is stored only as a PBKDF2 hash. */
@Entity
@Table(name = "user_account")
public class UserAccount extends TenantOwned {

  @Id
  @SequenceGenerator(
      name = "user_account_seq",
      sequenceName = "user_account_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_account_seq")
  private Long id;

  @Column(nullable = false, length = 254)
  private String email;

  @Column(name = "display_name", nullable = false, length = 200)
  private String displayName;

  @Column(name = "password_hash", nullable = false, length = 512)
  private String passwordHash;

  @Column(name = "tenant_admin", nullable = false)
  private boolean tenantAdmin;

  @Column(nullable = false)
  private boolean active = true;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt = Instant.now();

  @Version private long version;

  protected UserAccount() {}

  public UserAccount(String email, String displayName, String passwordHash, boolean tenantAdmin) {
    this.email = email;
    this.displayName = displayName;
    this.passwordHash = passwordHash;
    this.tenantAdmin = tenantAdmin;
  }

  public Long getId() {
    return id;
  }

  public String getEmail() {
    return email;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  /** For verification only; never shown, logged or returned by an API. */
  public String getPasswordHash() {
    return passwordHash;
  }

  public boolean isTenantAdmin() {
    return tenantAdmin;
  }

  public boolean isActive() {
    return active;
  }

  @Override
  public String toString() {
    return "UserAccount[" + id + ", " + email + "]";
  }
}
