package com.opsuite.online.credential;

import com.opsuite.core.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A platform's account and password, sealed with the tenant's data key; this entity never holds
 * them in plain text, so nothing that prints or serializes it can leak them.
 */
@Entity
@Table(name = "online_platform_credential")
public class PlatformCredential extends TenantOwned {

  @Id
  @Column(name = "platform_id", nullable = false, updatable = false)
  private Long platformId;

  @Column(name = "key_version", nullable = false)
  private int keyVersion;

  @Column(name = "account_cipher", nullable = false)
  private byte[] accountCipher;

  @Column(name = "password_cipher", nullable = false)
  private byte[] passwordCipher;

  @Column(name = "note_cipher")
  private byte[] noteCipher;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false, length = 200)
  private String updatedBy;

  @Version private long version;

  protected PlatformCredential() {}

  PlatformCredential(long platformId) {
    this.platformId = platformId;
  }

  void seal(int keyVersion, byte[] account, byte[] password, byte[] note, String by) {
    this.keyVersion = keyVersion;
    this.accountCipher = account;
    this.passwordCipher = password;
    this.noteCipher = note;
    this.updatedAt = Instant.now();
    this.updatedBy = by;
  }

  /** The same secrets sealed again (a tenant's import under a new code): no one changed them. */
  void resealed(byte[] account, byte[] password, byte[] note) {
    this.accountCipher = account;
    this.passwordCipher = password;
    this.noteCipher = note;
  }

  public Long getPlatformId() {
    return platformId;
  }

  int getKeyVersion() {
    return keyVersion;
  }

  byte[] getAccountCipher() {
    return accountCipher;
  }

  byte[] getPasswordCipher() {
    return passwordCipher;
  }

  byte[] getNoteCipher() {
    return noteCipher;
  }

  public boolean hasNote() {
    return noteCipher != null;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public long getVersion() {
    return version;
  }

  @Override
  public String toString() {
    return "PlatformCredential[platform=" + platformId + ", sealed]";
  }
}
