package com.opsuite.online.credential;

import com.opsuite.core.audit.AuditLog;
import com.opsuite.core.tenancy.TenantBound;
import com.opsuite.online.platform.Platform;
import com.opsuite.online.platform.PlatformInvalidInput;
import com.opsuite.online.platform.PlatformRefused;
import com.opsuite.online.platform.Platforms;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.List;

/**
 * Platform credentials: stored sealed, shown only as "set, when, by whom", and read back in plain
 * text only through {@link #reveal}, which writes who read which platform's credential to the audit
 * log in the same transaction. Setting, replacing and removing are audited without the secret.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class Credentials {

  static final String ACCOUNT = "account";
  static final String PASSWORD = "password";
  static final String NOTE = "note";

  @PersistenceContext EntityManager em;
  @Inject Platforms platforms;
  @Inject TenantKeys keys;
  @Inject AuditLog audit;
  @Inject Validator validator;

  /** What may be known about a platform's credential without revealing it. */
  public record Status(
      long platformId,
      boolean set,
      Instant updatedAt,
      String updatedBy,
      boolean hasNote,
      Long version)
      implements java.io.Serializable {

    static Status of(long platformId, PlatformCredential c) {
      return c == null
          ? new Status(platformId, false, null, null, false, null)
          : new Status(
              platformId, true, c.getUpdatedAt(), c.getUpdatedBy(), c.hasNote(), c.getVersion());
    }
  }

  /** A credential in plain text, for the one caller who asked to see it. */
  public record Revealed(long platformId, String account, String password, String note)
      implements java.io.Serializable {
    @Override
    public String toString() {
      return "Revealed[platform=" + platformId + ", secret]";
    }
  }

  public Status status(long platformId) {
    platforms.get(platformId);
    return Status.of(platformId, em.find(PlatformCredential.class, platformId));
  }

  /** Which of the given platforms have a credential, for lists. */
  public List<Long> platformsWithCredential() {
    return em.createQuery("SELECT c.platformId FROM PlatformCredential c", Long.class)
        .getResultList();
  }

  public Status set(long platformId, CredentialForm form, String by) {
    Platform platform = platforms.get(platformId);
    List<PlatformInvalidInput.Violation> violations =
        PlatformInvalidInput.of(validator.validate(form));
    if (!violations.isEmpty()) {
      throw new PlatformInvalidInput(violations);
    }
    PlatformCredential credential = em.find(PlatformCredential.class, platformId);
    boolean replacing = credential != null;
    if (replacing && form.version() != null && form.version() != credential.getVersion()) {
      throw new OptimisticLockException(credential);
    }
    if (!replacing) {
      credential = new PlatformCredential(platformId);
    }
    String before = replacing ? describe(credential) : null;
    TenantKeys.DataKey key = keys.current();
    String note = form.note() == null || form.note().isBlank() ? null : form.note().strip();
    credential.seal(
        key.version(),
        CredentialCipher.sealText(
            key.key(), form.account().strip(), keys.field(platformId, ACCOUNT)),
        CredentialCipher.sealText(key.key(), form.password(), keys.field(platformId, PASSWORD)),
        note == null
            ? null
            : CredentialCipher.sealText(key.key(), note, keys.field(platformId, NOTE)),
        by);
    if (!replacing) {
      em.persist(credential);
    }
    em.flush();
    audit.record(
        by,
        replacing ? "online.credential.replaced" : "online.credential.set",
        target(platformId),
        before,
        platform.getName() + ": credential stored, key version " + key.version());
    return Status.of(platformId, credential);
  }

  public Revealed reveal(long platformId, String by) {
    Platform platform = platforms.get(platformId);
    PlatformCredential credential = em.find(PlatformCredential.class, platformId);
    if (credential == null) {
      throw new PlatformRefused(404, "credential.notSet");
    }
    TenantKeys.DataKey key = keys.of(credential.getKeyVersion());
    Revealed revealed =
        new Revealed(
            platformId,
            CredentialCipher.openText(
                key.key(), credential.getAccountCipher(), keys.field(platformId, ACCOUNT)),
            CredentialCipher.openText(
                key.key(), credential.getPasswordCipher(), keys.field(platformId, PASSWORD)),
            credential.getNoteCipher() == null
                ? null
                : CredentialCipher.openText(
                    key.key(), credential.getNoteCipher(), keys.field(platformId, NOTE)));
    audit.record(by, "online.credential.revealed", target(platformId), null, platform.getName());
    return revealed;
  }

  public void remove(long platformId, String by) {
    Platform platform = platforms.get(platformId);
    PlatformCredential credential = em.find(PlatformCredential.class, platformId);
    if (credential != null) {
      String before = describe(credential);
      em.remove(credential);
      em.flush();
      audit.record(by, "online.credential.removed", target(platformId), before, platform.getName());
    }
  }

  private static String target(long platformId) {
    return "online-platform:" + platformId;
  }

  private static String describe(PlatformCredential c) {
    return "stored " + c.getUpdatedAt() + " by " + c.getUpdatedBy();
  }
}
