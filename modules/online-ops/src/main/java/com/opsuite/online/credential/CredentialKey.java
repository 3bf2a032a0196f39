package com.opsuite.online.credential;

import com.opsuite.core.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A tenant's credential data key, as stored: only wrapped by the master key. */
@Entity
@Table(name = "online_credential_key")
public class CredentialKey extends TenantOwned {

  @Id
  @Column(name = "key_version", nullable = false, updatable = false)
  private Integer keyVersion;

  @Column(name = "wrapped_key", nullable = false, updatable = false)
  private byte[] wrappedKey;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt = Instant.now();

  protected CredentialKey() {}

  int getKeyVersion() {
    return keyVersion;
  }

  byte[] getWrappedKey() {
    return wrappedKey.clone();
  }
}
