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
    if (inspectionId != null) {
      Inspection inspection = em.find(Inspection.class, inspectionId);
      if (inspection == null || inspection.getCustomerId() != customerId) {
        throw GasRefusedException.invalid("inspectionId", "certificate.inspection.unknown");
      }
    }
    CertificateEntry entry =
        new CertificateEntry(
            customerId, entryOn, kind, result.strip(), worker.getId(), inspectionId);
    em.persist(entry);
    em.flush();
    audit.record(by, "gas.certificate.entry", "customer:" + customerId, null, kind + " " + entryOn);
    return entry;
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
