package com.opsuite.core.approval;

import com.opsuite.core.audit.AuditLog;
import com.opsuite.core.persistence.UniqueViolation;
import com.opsuite.core.tenancy.TenantBound;
import com.opsuite.core.validation.InvalidInputException;
import com.opsuite.core.validation.InvalidInputException.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A tenant's chains: the module's default until an admin saves an override; every save and every
 * reset is a new version, and versions are never changed, so running approvals keep theirs. A save
 * or reset may name the version it was based on, so an admin never overwrites a newer one unseen.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class ChainDefinitions {

  @PersistenceContext EntityManager em;
  @Inject ChainValidator validator;
  @Inject AuditLog audit;

  /** The chain new approvals of the type follow, with its version (0: never overridden). */
  public record Effective(int version, boolean custom, ChainDefinition chain) {}

  public Effective effective(ApprovalType type) {
    return latest(type.code())
        .map(
            v ->
                v.getDefinition() == null
                    ? new Effective(v.getVersion(), false, type.defaultChain())
                    : new Effective(v.getVersion(), true, ApprovalJson.chain(v.getDefinition())))
        .orElse(new Effective(0, false, type.defaultChain()));
  }

  /** One saved version: an override ({@code custom}) or a reset to the default. */
  public record Saved(int version, boolean custom, String by, Instant at) {}

  /**
   * Saves an override as the next version, after checking it against the org as it is today;
   * refused (409) when {@code expectedVersion} is given and a newer version was saved meanwhile.
   */
  public Effective save(
      ApprovalType type, ChainDefinition chain, Integer expectedVersion, String by) {
    int version = next(type.code(), expectedVersion);
    List<Violation> problems = validator.problems(type, chain, LocalDate.now());
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    String json = ApprovalJson.chain(chain);
    persist(new ChainVersion(type.code(), version, json, by));
    audit.record(by, "approval.chain.saved", type.code(), null, "v" + version + " " + json);
    return new Effective(version, true, chain);
  }

  /** Goes back to the module's default chain, as a new version; refused as a stale save is. */
  public Effective reset(ApprovalType type, Integer expectedVersion, String by) {
    int version = next(type.code(), expectedVersion);
    persist(new ChainVersion(type.code(), version, null, by));
    audit.record(by, "approval.chain.reset", type.code(), null, "v" + version);
    return new Effective(version, false, type.defaultChain());
  }

  /** Two admins saving the same type at once would take the same version: the second is told. */
  private void persist(ChainVersion version) {
    em.persist(version);
    try {
      em.flush();
    } catch (PersistenceException e) {
      if (UniqueViolation.causes(e)) {
        throw ApprovalRefusedException.conflict("approval.refused.chainChanged");
      }
      throw e;
    }
  }

  /** The type's versions, newest first, at most {@code limit} of them. */
  public List<Saved> history(ApprovalType type, int limit) {
    return em
        .createQuery(
            "SELECT v FROM ChainVersion v WHERE v.docType = :type ORDER BY v.version DESC",
            ChainVersion.class)
        .setParameter("type", type.code())
        .setMaxResults(limit)
        .getResultList()
        .stream()
        .map(
            v ->
                new Saved(
                    v.getVersion(), v.getDefinition() != null, v.getCreatedBy(), v.getCreatedAt()))
        .toList();
  }

  private int next(String docType, Integer expectedVersion) {
    int current = latest(docType).map(ChainVersion::getVersion).orElse(0);
    if (expectedVersion != null && expectedVersion != current) {
      throw ApprovalRefusedException.conflict("approval.refused.chainNewer", current);
    }
    return current + 1;
  }

  private Optional<ChainVersion> latest(String docType) {
    return em
        .createQuery(
            "SELECT v FROM ChainVersion v WHERE v.docType = :type ORDER BY v.version DESC",
            ChainVersion.class)
        .setParameter("type", docType)
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst();
  }
}
