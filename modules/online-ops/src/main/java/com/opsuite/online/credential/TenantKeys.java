package com.opsuite.online.credential;

import com.opsuite.core.tenancy.TenantBound;
import com.opsuite.core.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import javax.crypto.SecretKey;

/**
 * The current tenant's data keys: made on first use from 32 random bytes, stored wrapped by the
 * {@link MasterKey} with the tenant's code as associated data (a wrapped key copied to another
 * tenant does not unwrap), and unwrapped when a credential is sealed or opened.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class TenantKeys {

  static final int FIRST_VERSION = 1;

  @PersistenceContext EntityManager em;
  @Inject MasterKey master;
  @Inject TenantContext tenant;

  /** A key and its version, as credentials record which key sealed them. */
  public record DataKey(int version, SecretKey key) {}

  /** The key new credentials are sealed with, made if the tenant has none yet. */
  public DataKey current() {
    Integer newest =
        em.createQuery("SELECT MAX(k.keyVersion) FROM CredentialKey k", Integer.class)
            .getSingleResult();
    if (newest == null) {
      return create(FIRST_VERSION);
    }
    return of(newest);
  }

  public DataKey of(int version) {
    CredentialKey stored = em.find(CredentialKey.class, version);
    if (stored == null) {
      throw new IllegalStateException("The tenant has no credential key version " + version);
    }
    byte[] raw = CredentialCipher.open(master.key(), stored.getWrappedKey(), wrapping(version));
    try {
      return new DataKey(version, CredentialCipher.key(raw));
    } finally {
      Arrays.fill(raw, (byte) 0);
    }
  }

  /**
   * Stores a new wrapped key unless another request stored this version first (two first
   * credentials of a tenant saved at once): then that one is used, so nothing sealed is orphaned.
   */
  private DataKey create(int version) {
    byte[] raw = CredentialCipher.newKeyBytes();
    try {
      em.createNativeQuery(
              "INSERT INTO online_credential_key (tenant_id, key_version, wrapped_key)"
                  + " VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
          .setParameter(1, tenant.require().code())
          .setParameter(2, version)
          .setParameter(3, CredentialCipher.seal(master.key(), raw, wrapping(version)))
          .executeUpdate();
      return of(version);
    } finally {
      Arrays.fill(raw, (byte) 0);
    }
  }

  /** Associated data of a wrapped key: the tenant and the key's version. */
  String wrapping(int version) {
    return wrapping(tenant.require().code(), version);
  }

  static String wrapping(String tenant, int version) {
    return "online-credential-key:" + tenant + ":" + version;
  }

  /** Associated data of a credential field: the tenant, the platform and the field. */
  String field(long platformId, String field) {
    return field(tenant.require().code(), platformId, field);
  }

  static String field(String tenant, long platformId, String field) {
    return "online-credential:" + tenant + ":" + platformId + ":" + field;
  }
}
