package com.opsuite.core.kpi;

import com.opsuite.core.org.OrgUnit;
import com.opsuite.core.org.StaffMember;
import com.opsuite.core.tenancy.TenantBound;
import com.opsuite.core.validation.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Reads the subject of a request ({@code staffId}, {@code unitId} or neither) and checks it. */
@ApplicationScoped
@Transactional
@TenantBound
public class Subjects {

  @PersistenceContext EntityManager em;

  /** A staff member, a unit, or the whole tenant when neither is given; never both. */
  public static Subject of(Long staffId, Long unitId) {
    if (staffId != null && unitId != null) {
      throw InvalidInputException.of("unitId", "kpi.subject.both");
    }
    if (staffId != null) {
      return Subject.staff(staffId);
    }
    return unitId != null ? Subject.unit(unitId) : Subject.tenant();
  }

  /** Whether the staff member or unit exists in the tenant. */
  public boolean exists(Subject subject) {
    return switch (subject.kind()) {
      case TENANT -> true;
      case STAFF -> em.find(StaffMember.class, subject.id()) != null;
      case UNIT -> em.find(OrgUnit.class, subject.id()) != null;
    };
  }

  /** Refuses a staff member or unit the tenant does not have. */
  public void requireExisting(Subject subject) {
    if (!exists(subject)) {
      throw InvalidInputException.of(
          subject.kind() == SubjectKind.STAFF ? "staffId" : "unitId",
          "kpi.subject.unknown",
          // an id, not an amount: "1180", never "1,180"
          String.valueOf(subject.id()));
    }
  }

  /** Reads a period as written in a request; the field names it in the error. */
  public static Period period(String field, String text) {
    if (text == null || text.isBlank()) {
      throw InvalidInputException.of(field, "kpi.period.required");
    }
    try {
      return Period.parse(text);
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of(field, "kpi.period.invalid", text);
    }
  }
}
