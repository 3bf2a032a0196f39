package com.opsuite.core.appraisal;

import com.opsuite.core.audit.AuditLog;
import com.opsuite.core.tenancy.TenantBound;
import com.opsuite.core.tenancy.TenantContext;
import com.opsuite.core.validation.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;

/**
 * The tenant's grade bands: the defaults (version 0) until the tenant saves its own, replaced as a
 * whole. A save names the version of the set it was based on; one saved meanwhile refuses it.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class GradeBands {

  @PersistenceContext EntityManager em;
  @Inject AuditLog audit;
  @Inject TenantContext tenant;

  public GradeScale current() {
    List<GradeBand> bands =
        em.createQuery("SELECT b FROM GradeBandRow b", GradeBandRow.class).getResultList().stream()
            .map(GradeBandRow::band)
            .sorted(Comparator.comparing(GradeBand::min).reversed())
            .toList();
    return bands.isEmpty() ? GradeScale.DEFAULT : new GradeScale(bands);
  }

  /** The version of the bands in force: 0 for the defaults, one more at every save. */
  public long version() {
    Long version =
        em.createQuery("SELECT MAX(b.version) FROM GradeBandRow b", Long.class).getSingleResult();
    return version == null ? 0 : version;
  }

  /**
   * Replaces the bands (given highest first) if the set in force is still of {@code
   * expectedVersion}; refused whole when they break a rule. The new set's version.
   */
  public long save(List<GradeBand> bands, long expectedVersion, String by) {
    GradeScale scale = new GradeScale(bands == null ? List.of() : bands);
    if (!scale.problems().isEmpty()) {
      throw new InvalidInputException(scale.problems());
    }
    // Two saves take turns, even of the defaults (no row to lock yet), so the second sees the
    // first's version and is refused rather than mixing its bands with the first's.
    em.createNativeQuery(
            "SELECT pg_advisory_xact_lock(hashtext('appraisal-grade-bands'), hashtext(?1))::text")
        .setHint("eclipselink.jdbc.allow-native-sql-query", true)
        .setParameter(1, tenant.require().code())
        .getSingleResult();
    long current = version();
    if (current != expectedVersion) {
      throw AppraisalRefusedException.conflict("appraisal.bands.stale");
    }
    GradeScale before = current();
    em.createQuery("DELETE FROM GradeBandRow b").executeUpdate();
    scale.bands().forEach(b -> em.persist(new GradeBandRow(b, current + 1)));
    audit.record(by, "appraisal.bands.saved", "appraisal", before.toString(), scale.toString());
    return current + 1;
  }
}
