package com.opsuite.core.identity;

import com.opsuite.core.persistence.TenantOwned;
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

  @Embedded private Lockout lockout = new Lockout();

  @Column(name = "password_changed_at", nullable = false)
  private Instant passwordChangedAt = Instant.now();

  @Column(name = "last_login_at")
  private Instant lastLoginAt;

  @Column(name = "totp_secret", length = 64)
  private String totpSecret;

  @Column(name = "totp_enabled", nullable = false)
  private boolean totpEnabled;

  @Column(name = "totp_last_step", nullable = false)
  private long totpLastStep;

  /**
   * The version of the set of roles the user holds: moves with every assignment, never at a sign-in
   * (which moves {@code version}), so a stale assignment can be told from a fresh one.
   */
  @Column(name = "roles_version", nullable = false)
  private long rolesVersion;

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

  public void setActive(boolean active) {
    this.active = active;
  }

  public Lockout lockout() {
    return lockout;
  }

  public long getRolesVersion() {
    return rolesVersion;
  }

  /** Another assignment of roles was saved. */
  public void rolesChanged() {
    rolesVersion++;
  }

  public void succeededLogin(Instant now) {
    lockout.clear();
    lastLoginAt = now;
  }

  public Instant getPasswordChangedAt() {
    return passwordChangedAt;
  }

  public void changePassword(String newHash, Instant now) {
    this.passwordHash = newHash;
    this.passwordChangedAt = now;
    lockout.clear();
  }

  public String getTotpSecret() {
    return totpSecret;
  }

  public boolean isTotpEnabled() {
    return totpEnabled;
  }

  public long getTotpLastStep() {
    return totpLastStep;
  }

  /** Starts enrolment: a new secret that is not used until a first code confirms it. */
  public void proposeTotpSecret(String secret) {
    this.totpSecret = secret;
    this.totpEnabled = false;
    this.totpLastStep = 0;
  }

  public void enableTotp(long usedStep) {
    this.totpEnabled = true;
    this.totpLastStep = usedStep;
  }

  public void totpUsed(long step) {
    this.totpLastStep = step;
  }

  public void disableTotp() {
    this.totpSecret = null;
    this.totpEnabled = false;
    this.totpLastStep = 0;
  }

  @Override
  public String toString() {
    return "UserAccount[" + id + ", " + email + "]";
  }
}
