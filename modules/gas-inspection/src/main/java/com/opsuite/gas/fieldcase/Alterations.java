package com.opsuite.gas.fieldcase;

import com.opsuite.core.audit.AuditLog;
import com.opsuite.core.tenancy.TenantBound;
import com.opsuite.gas.problem.GasRefusedException;
import com.opsuite.gas.registry.Customer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;

/** Illegal alterations and private hookups, from the finding to rectification or a report. */
@ApplicationScoped
@Transactional
@TenantBound
public class Alterations {

  @PersistenceContext EntityManager em;
  @Inject AuditLog audit;

  public Alteration record(
      Long customerId,
      Alteration.Kind kind,
      String description,
      LocalDate foundOn,
      LocalDate deadlineOn,
      long userId,
      String by) {
    if (customerId == null || em.find(Customer.class, customerId) == null) {
      throw GasRefusedException.invalid("customerId", "alteration.customer.unknown");
    }
    if (kind == null) {
      throw GasRefusedException.invalid("kind", "field.required");
    }
    String text = FieldInput.required("description", description, 1000);
    if (foundOn == null) {
      throw GasRefusedException.invalid("foundOn", "field.required");
    }
    if (deadlineOn == null || deadlineOn.isBefore(foundOn)) {
      throw GasRefusedException.invalid("deadlineOn", "alteration.deadline");
    }
    Alteration a = new Alteration(customerId, kind, text, foundOn, deadlineOn, userId);
    em.persist(a);
    em.flush();
    audit.record(
        by, "gas.alteration.recorded", "alteration:" + a.getId(), null, kind + " by " + deadlineOn);
    return a;
  }

  /** Rectified: the case is closed. */
  public Alteration rectified(long id, String note, Long version, String by) {
    Alteration a = open(id, version);
    a.resolve(Alteration.Status.RECTIFIED, null, FieldInput.optional("note", note, 1000));
    em.flush();
    audit.record(by, "gas.alteration.rectified", "alteration:" + id, null, a.getResolutionNote());
    return a;
  }

  /** The customer refused: the case is reported to the named authority. */
  public Alteration refused(long id, String authority, String note, Long version, String by) {
    Alteration a = open(id, version);
    String to = FieldInput.required("authority", authority, 200);
    a.resolve(Alteration.Status.REPORTED, to, FieldInput.optional("note", note, 1000));
    em.flush();
    audit.record(by, "gas.alteration.reported", "alteration:" + id, null, to);
    return a;
  }

  public List<Alteration> list(Alteration.Status status) {
    String jpql = "SELECT a FROM Alteration a" + (status == null ? "" : " WHERE a.status = :s");
    var query = em.createQuery(jpql + " ORDER BY a.deadlineOn, a.id", Alteration.class);
    if (status != null) {
      query.setParameter("s", status);
    }
    return query.setMaxResults(500).getResultList();
  }

  /** The id of the customer with this number, for pages where people type it. */
  public Long customerIdOf(String customerNo) {
    if (customerNo == null || customerNo.isBlank()) {
      return null;
    }
    return em.createQuery("SELECT c.id FROM Customer c WHERE c.customerNo = :no", Long.class)
        .setParameter("no", customerNo.strip())
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  public Alteration find(long id) {
    Alteration a = em.find(Alteration.class, id);
    if (a == null) {
      throw GasRefusedException.notFound();
    }
    return a;
  }

  private Alteration open(long id, Long version) {
    Alteration a = find(id);
    if (version != null && version != a.getVersion()) {
      throw GasRefusedException.conflict("field.stale");
    }
    if (a.getStatus() != Alteration.Status.OPEN) {
      throw GasRefusedException.conflict("alteration.resolved");
    }
    return a;
  }
}
