package com.opsuite.gas.fieldcase;

import com.opsuite.core.audit.AuditLog;
import com.opsuite.core.tenancy.TenantBound;
import com.opsuite.gas.inspection.Inspection;
import com.opsuite.gas.problem.GasRefusedException;
import com.opsuite.gas.registry.Meter;
import com.opsuite.gas.registry.SealState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * Seal installations: each is recorded with the seal it replaced, and the meter takes the new seal
 * as intact (or replaced, when it had one), in the same transaction.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class SealRecords {

  @PersistenceContext EntityManager em;
  @Inject AuditLog audit;

  public SealRecord install(
      Long meterId,
      String sealNo,
      Long inspectionId,
      Instant installedAt,
      String note,
      Long meterVersion,
      long userId,
      String by) {
    Meter meter = meterId == null ? null : em.find(Meter.class, meterId);
    if (meter == null) {
      throw GasRefusedException.invalid("meterId", "seal.meter.unknown");
    }
    if (meterVersion != null && meterVersion != meter.getVersion()) {
      throw GasRefusedException.conflict("seal.meter.stale");
    }
    String seal = FieldInput.required("sealNo", sealNo, 40);
    // Every seal has its own number: the one on the meter cannot be installed again.
    if (seal.equalsIgnoreCase(meter.getSealNo() == null ? "" : meter.getSealNo())) {
      throw GasRefusedException.conflict("seal.same");
    }
    if (inspectionId != null) {
      Inspection inspection = em.find(Inspection.class, inspectionId);
      if (inspection == null || !inspection.getCustomerId().equals(meter.getCustomerId())) {
        throw GasRefusedException.invalid("inspectionId", "seal.inspection.unknown");
      }
    }
    Instant at = installedAt == null ? Instant.now() : installedAt;
    if (at.isAfter(Instant.now().plusSeconds(300))) {
      throw GasRefusedException.invalid("installedAt", "seal.future");
    }
    String previous = meter.getSealNo();
    SealRecord record =
        new SealRecord(
            meter.getId(),
            seal,
            previous,
            inspectionId,
            userId,
            at,
            FieldInput.optional("note", note, 500));
    em.persist(record);
    meter.setSealNo(seal);
    meter.setSealState(previous == null ? SealState.INTACT : SealState.REPLACED);
    em.flush();
    audit.record(by, "gas.seal.installed", "meter:" + meter.getId(), previous, seal);
    return record;
  }

  public List<SealRecord> of(Long meterId) {
    String jpql =
        "SELECT s FROM SealRecord s" + (meterId == null ? "" : " WHERE s.meterId = :meter");
    var query = em.createQuery(jpql + " ORDER BY s.installedAt DESC, s.id DESC", SealRecord.class);
    if (meterId != null) {
      query.setParameter("meter", meterId);
    }
    return query.setMaxResults(500).getResultList();
  }

  /** The id of the meter with this number, for pages where people type it. */
  public Long meterIdOf(String meterNo) {
    if (meterNo == null || meterNo.isBlank()) {
      return null;
    }
    return em.createQuery("SELECT m.id FROM Meter m WHERE m.meterNo = :no", Long.class)
        .setParameter("no", meterNo.strip())
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  public Meter meter(long id) {
    Meter meter = em.find(Meter.class, id);
    if (meter == null) {
      throw GasRefusedException.notFound();
    }
    return meter;
  }
}
