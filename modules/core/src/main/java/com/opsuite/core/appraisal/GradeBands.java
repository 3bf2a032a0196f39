package com.opsuite.core.appraisal;

import com.opsuite.core.audit.AuditLog;
import com.opsuite.core.tenancy.TenantBound;
import com.opsuite.core.validation.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;

/** The tenant's grade bands: the defaults until the tenant saves its own, replaced as a whole. */
@ApplicationScoped
@Transactional
@TenantBound
public class GradeBands {

  @PersistenceContext EntityManager em;
  @Inject AuditLog audit;

  public GradeScale current() {
    List<GradeBand> bands =
        em.createQuery("SELECT b FROM GradeBandRow b", GradeBandRow.class).getResultList().stream()
            .map(GradeBandRow::band)
            .sorted(Comparator.comparing(GradeBand::min).reversed())
            .toList();
    return bands.isEmpty() ? GradeScale.DEFAULT : new GradeScale(bands);
  }

  /** Replaces the bands (given highest first); refused whole when they break a rule. */
  public GradeScale save(List<GradeBand> bands, String by) {
    GradeScale scale = new GradeScale(bands == null ? List.of() : bands);
    if (!scale.problems().isEmpty()) {
      throw new InvalidInputException(scale.problems());
    }
    GradeScale before = current();
    em.createQuery("DELETE FROM GradeBandRow b").executeUpdate();
    scale.bands().forEach(b -> em.persist(new GradeBandRow(b)));
    audit.record(by, "appraisal.bands.saved", "appraisal", before.toString(), scale.toString());
    return scale;
  }
}
