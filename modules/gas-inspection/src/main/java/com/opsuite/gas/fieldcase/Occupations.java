package com.opsuite.gas.fieldcase;

import com.opsuite.core.audit.AuditLog;
import com.opsuite.core.tenancy.TenantBound;
import com.opsuite.gas.problem.GasRefusedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;

/** Pipeline occupations and the negotiation with their owners until the structure is removed. */
@ApplicationScoped
@Transactional
@TenantBound
public class Occupations {

  @PersistenceContext EntityManager em;
  @Inject AuditLog audit;

  public Occupation record(
      String location,
      String structure,
      String ownerName,
      String ownerPhone,
      LocalDate foundOn,
      LocalDate today,
      long userId,
      String by) {
    Occupation o =
        new Occupation(
            FieldInput.required("location", location, 300),
            FieldInput.required("structure", structure, 500),
            FieldInput.required("ownerName", ownerName, 200),
            FieldInput.optional("ownerPhone", ownerPhone, 40),
            day("foundOn", foundOn, today),
            userId);
    em.persist(o);
    em.flush();
    audit.record(by, "gas.occupation.recorded", "occupation:" + o.getId(), null, o.getLocation());
    return o;
  }

  /** A dated entry of the negotiation; none is added once the structure is gone. */
  public OccupationNote note(
      long id, LocalDate notedOn, String note, LocalDate today, long userId, String by) {
    Occupation o = find(id);
    if (o.isRemoved()) {
      throw GasRefusedException.conflict("occupation.removed");
    }
    LocalDate on = day("notedOn", notedOn, today);
    if (on.isBefore(o.getFoundOn())) {
      throw GasRefusedException.invalid("notedOn", "occupation.beforeFound");
    }
    OccupationNote entry =
        new OccupationNote(id, on, FieldInput.required("note", note, 2000), userId);
    em.persist(entry);
    em.flush();
    audit.record(by, "gas.occupation.negotiated", "occupation:" + id, null, on.toString());
    return entry;
  }

  public Occupation removed(long id, LocalDate on, Long version, LocalDate today, String by) {
    Occupation o = find(id);
    if (version != null && version != o.getVersion()) {
      throw GasRefusedException.conflict("field.stale");
    }
    if (o.isRemoved()) {
      throw GasRefusedException.conflict("occupation.removed");
    }
    LocalDate day = day("removedOn", on, today);
    if (day.isBefore(o.getFoundOn())) {
      throw GasRefusedException.invalid("removedOn", "occupation.beforeFound");
    }
    o.removed(day);
    em.flush();
    audit.record(by, "gas.occupation.removed", "occupation:" + id, null, day.toString());
    return o;
  }

  public List<Occupation> list(boolean openOnly) {
    return em.createQuery(
            "SELECT o FROM Occupation o"
                + (openOnly ? " WHERE o.removedOn IS NULL" : "")
                + " ORDER BY o.foundOn DESC, o.id DESC",
            Occupation.class)
        .setMaxResults(500)
        .getResultList();
  }

  public Occupation find(long id) {
    Occupation o = em.find(Occupation.class, id);
    if (o == null) {
      throw GasRefusedException.notFound();
    }
    return o;
  }

  public List<OccupationNote> notesOf(long id) {
    return em.createQuery(
            "SELECT n FROM OccupationNote n WHERE n.occupationId = :id"
                + " ORDER BY n.notedOn, n.id",
            OccupationNote.class)
        .setParameter("id", id)
        .getResultList();
  }

  private static LocalDate day(String field, LocalDate day, LocalDate today) {
    if (day == null) {
      throw GasRefusedException.invalid(field, "field.required");
    }
    if (day.isAfter(today)) {
      throw GasRefusedException.invalid(field, "field.future");
    }
    return day;
  }
}
