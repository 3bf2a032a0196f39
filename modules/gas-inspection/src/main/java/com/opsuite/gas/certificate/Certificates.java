package com.opsuite.gas.certificate;

import com.opsuite.core.audit.AuditLog;
import com.opsuite.core.identity.UserAccount;
import com.opsuite.core.tenancy.TenantBound;
import com.opsuite.gas.inspection.Inspection;
import com.opsuite.gas.problem.GasRefusedException;
import com.opsuite.gas.registry.Customer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;

/**
 * The customers' gas use certificates: after each annual inspection or repair a line with the day,
 * what was done, the result and who did it. Lines are never changed; a mistake is a new line.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class Certificates {

  static final int MAX_RESULT = 500;

  @PersistenceContext EntityManager em;
  @Inject AuditLog audit;

  /** A line and the name of who did the work, as the certificate shows it. */
  public record Line(CertificateEntry entry, String performedByName) {}

  public CertificateEntry add(
      long customerId,
      LocalDate entryOn,
      CertificateEntry.Kind kind,
      String result,
      Long performedBy,
      Long inspectionId,
      LocalDate today,
      String by) {
    customer(customerId);
    if (entryOn == null || entryOn.isAfter(today)) {
      throw GasRefusedException.invalid("entryOn", "certificate.entryOn");
    }
    if (kind == null) {
      throw GasRefusedException.invalid("kind", "field.required");
    }
    if (result == null || result.isBlank()) {
      throw GasRefusedException.invalid("result", "field.required");
    }
    if (result.strip().length() > MAX_RESULT) {
      throw GasRefusedException.invalid("result", "field.tooLong", MAX_RESULT);
    }
    UserAccount worker = performedBy == null ? null : em.find(UserAccount.class, performedBy);
    if (worker == null) {
      throw GasRefusedException.invalid("performedBy", "certificate.performer.unknown");
    }
    String sourceRef = null;
    if (inspectionId != null) {
      Inspection inspection = em.find(Inspection.class, inspectionId);
      if (inspection == null || inspection.getCustomerId() != customerId) {
        throw GasRefusedException.invalid("inspectionId", "certificate.inspection.unknown");
      }
      if (kind == CertificateEntry.Kind.INSPECTION) {
        // One line per inspection, whether the inspection wrote it or someone typed it.
        sourceRef = inspectionRef(inspectionId);
        if (written(sourceRef, inspectionId)) {
          throw GasRefusedException.conflict("certificate.inspection.already");
        }
      }
    }
    CertificateEntry entry =
        new CertificateEntry(
            customerId, entryOn, kind, result.strip(), worker.getId(), inspectionId, sourceRef);
    em.persist(entry);
    em.flush();
    audit.record(by, "gas.certificate.entry", "customer:" + customerId, null, kind + " " + entryOn);
    return entry;
  }

  /**
   * Writes the line that work done in the module makes (a passed annual inspection, a finished
   * rectification), unless {@code sourceRef} wrote one already: calling again adds nothing.
   *
   * @return whether a line was added
   */
  public boolean record(
      String sourceRef,
      long customerId,
      LocalDate entryOn,
      CertificateEntry.Kind kind,
      String result,
      long performedBy,
      Long inspectionId,
      String by) {
    Long byInspection = kind == CertificateEntry.Kind.INSPECTION ? inspectionId : null;
    if (written(sourceRef, byInspection)) {
      return false;
    }
    String text = result.length() > MAX_RESULT ? result.substring(0, MAX_RESULT) : result;
    em.persist(
        new CertificateEntry(
            customerId, entryOn, kind, text, performedBy, inspectionId, sourceRef));
    em.flush();
    audit.record(
        by, "gas.certificate.entry", "customer:" + customerId, null, kind + " " + sourceRef);
    return true;
  }

  static String inspectionRef(long inspectionId) {
    return "inspection:" + inspectionId;
  }

  /** A line of this source, or for an inspection one typed by hand before lines had sources. */
  private boolean written(String sourceRef, Long inspectionId) {
    return em.createQuery(
                "SELECT COUNT(e) FROM CertificateEntry e WHERE e.sourceRef = :ref"
                    + " OR (e.inspectionId = :inspection AND e.kind = :inspectionKind)",
                Long.class)
            .setParameter("ref", sourceRef)
            .setParameter("inspection", inspectionId == null ? -1L : inspectionId)
            .setParameter("inspectionKind", CertificateEntry.Kind.INSPECTION)
            .getSingleResult()
        > 0;
  }

  public List<Line> of(long customerId) {
    customer(customerId);
    return em.createQuery(
            "SELECT e FROM CertificateEntry e WHERE e.customerId = :customer"
                + " ORDER BY e.entryOn, e.id",
            CertificateEntry.class)
        .setParameter("customer", customerId)
        .getResultStream()
        .map(e -> new Line(e, name(e.getPerformedBy())))
        .toList();
  }

  /** The customer with this number, for the printable page where people type it. */
  public Customer customerByNo(String customerNo) {
    return em.createQuery("SELECT c FROM Customer c WHERE c.customerNo = :no", Customer.class)
        .setParameter("no", customerNo == null ? "" : customerNo.strip())
        .getResultStream()
        .findFirst()
        .orElseThrow(GasRefusedException::notFound);
  }

  public Customer customer(long id) {
    Customer customer = em.find(Customer.class, id);
    if (customer == null) {
      throw GasRefusedException.notFound();
    }
    return customer;
  }

  private String name(Long userId) {
    UserAccount user = em.find(UserAccount.class, userId);
    return user == null ? null : user.getDisplayName();
  }
}
