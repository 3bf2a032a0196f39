package com.opsuite.online.credential;

import com.opsuite.core.portability.TenantImported;
import com.opsuite.core.tenancy.TenantBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.SecretKey;

/**
 * Rebinds the platform credentials of a tenant imported from an archive to its new code. Keys and
 * credential fields carry the tenant's code as associated data, so that a row copied to another
 * tenant does not open; an import changes the code on purpose. Each data key is unwrapped under the
 * old code and wrapped under the new one, and each field opened and sealed again the same way, in
 * the import's completion transaction. This needs the master key the archive's installation used
 * (the same installation, or one given the same {@code OPSUITE_ONLINE_MASTER_KEY}); under another,
 * unwrapping fails and the import's completion with it, loudly.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class ImportedCredentials {

  @PersistenceContext EntityManager em;
  @Inject MasterKey master;

  public void rebind(@Observes TenantImported imported) {
    Map<Integer, SecretKey> keys = new HashMap<>();
    for (CredentialKey stored :
        em.createQuery("SELECT k FROM CredentialKey k", CredentialKey.class).getResultList()) {
      int version = stored.getKeyVersion();
      byte[] raw =
          CredentialCipher.open(
              master.key(), stored.getWrappedKey(), TenantKeys.wrapping(imported.from(), version));
      try {
        em.createNativeQuery(
                "UPDATE online_credential_key SET wrapped_key = ? WHERE tenant_id = ?"
                    + " AND key_version = ?")
            .setParameter(
                1,
                CredentialCipher.seal(
                    master.key(), raw, TenantKeys.wrapping(imported.to(), version)))
            .setParameter(2, imported.to())
            .setParameter(3, version)
            .executeUpdate();
        keys.put(version, CredentialCipher.key(raw));
      } finally {
        Arrays.fill(raw, (byte) 0);
      }
    }
    for (PlatformCredential credential :
        em.createQuery("SELECT c FROM PlatformCredential c", PlatformCredential.class)
            .getResultList()) {
      SecretKey key = keys.get(credential.getKeyVersion());
      long platform = credential.getPlatformId();
      credential.resealed(
          reseal(key, credential.getAccountCipher(), imported, platform, Credentials.ACCOUNT),
          reseal(key, credential.getPasswordCipher(), imported, platform, Credentials.PASSWORD),
          credential.getNoteCipher() == null
              ? null
              : reseal(key, credential.getNoteCipher(), imported, platform, Credentials.NOTE));
    }
  }

  private static byte[] reseal(
      SecretKey key, byte[] sealed, TenantImported imported, long platform, String field) {
    byte[] plain =
        CredentialCipher.open(key, sealed, TenantKeys.field(imported.from(), platform, field));
    try {
      return CredentialCipher.seal(key, plain, TenantKeys.field(imported.to(), platform, field));
    } finally {
      Arrays.fill(plain, (byte) 0);
    }
  }
}
