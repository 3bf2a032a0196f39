package com.opsuite.online.occasion;

import com.opsuite.core.audit.AuditLog;
import com.opsuite.core.tenancy.TenantBound;
import com.opsuite.core.tenancy.TenantContext;
import com.opsuite.online.cadence.CadenceRefused;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;

/** The tenant's events and promotions: listed by date, created, changed and removed. */
@ApplicationScoped
@Transactional
@TenantBound
public class Occasions {

  static final int MAX_TITLE = 200;
  public static final int MAX_PAGE = 200;

  @PersistenceContext EntityManager em;
  @Inject AuditLog audit;
  @Inject TenantContext tenantContext;

  /** What a caller sends to create or change an occasion; the kind never changes. */
  public record Form(
      OccasionKind kind,
      String title,
      LocalDate startsOn,
      LocalDate endsOn,
      Boolean major,
      Long version) {}

  public record Page(List<Occasion> items, long total) {}

  /** Occasions overlapping the days (either end open), of a kind if given, by start date. */
  public Page list(LocalDate from, LocalDate to, OccasionKind kind, int first, int max) {
    if (from != null && to != null && to.isBefore(from)) {
      throw CadenceRefused.invalid("to", "occasion.range.invalid");
    }
    String where =
        " WHERE o.endsOn >= :from AND o.startsOn <= :to"
            + (kind == null ? "" : " AND o.kind = :kind");
    TypedQuery<Occasion> items =
        em.createQuery(
            "SELECT o FROM Occasion o" + where + " ORDER BY o.startsOn, o.id", Occasion.class);
    TypedQuery<Long> total = em.createQuery("SELECT COUNT(o) FROM Occasion o" + where, Long.class);
    LocalDate f = from == null ? LocalDate.of(1900, 1, 1) : from;
    LocalDate t = to == null ? LocalDate.of(9999, 12, 31) : to;
    for (TypedQuery<?> q : List.of(items, total)) {
      q.setParameter("from", f).setParameter("to", t);
      if (kind != null) {
        q.setParameter("kind", kind);
      }
    }
    return new Page(
        items
            .setFirstResult(Math.max(0, first))
            .setMaxResults(Math.max(1, Math.min(MAX_PAGE, max)))
            .getResultList(),
        total.getSingleResult());
  }

  public Occasion get(long id) {
    Occasion occasion = em.find(Occasion.class, id);
    if (occasion == null) {
      throw CadenceRefused.notFound();
    }
    return occasion;
  }

  public Occasion create(Form form, String by) {
    Form f = form == null ? new Form(null, null, null, null, null, null) : form;
    if (f.kind() == null) {
      throw CadenceRefused.invalid("kind", "occasion.kind.required");
    }
    Occasion occasion = new Occasion(f.kind(), title(f.title()), f.startsOn(), f.endsOn());
    dates(f.startsOn(), f.endsOn());
    occasion.setMajor(f.major() == null || f.major());
    em.persist(occasion);
    em.flush();
    audit.record(
        by,
        "online.occasion.created",
        "online-occasion:" + occasion.getId(),
        null,
        describe(occasion));
    return occasion;
  }

  public Occasion update(long id, Form form, String by) {
    Occasion occasion = get(id);
    Form f = form == null ? new Form(null, null, null, null, null, null) : form;
    if (f.version() == null) {
      throw CadenceRefused.invalid("version", "occasion.version.required");
    }
    if (f.version() != occasion.getVersion()) {
      throw CadenceRefused.stale();
    }
    if (f.kind() != null && f.kind() != occasion.getKind()) {
      throw CadenceRefused.invalid("kind", "occasion.kind.fixed");
    }
    String before = describe(occasion);
    String title = title(f.title());
    dates(f.startsOn(), f.endsOn());
    occasion.setTitle(title);
    occasion.setStartsOn(f.startsOn());
    occasion.setEndsOn(f.endsOn());
    if (f.major() != null) {
      occasion.setMajor(f.major());
    }
    em.flush();
    audit.record(
        by, "online.occasion.changed", "online-occasion:" + id, before, describe(occasion));
    return occasion;
  }

  /** Removes an occasion no content is about; one that content refers to is refused (409). */
  public void delete(long id, Long version, String by) {
    Occasion occasion = get(id);
    if (version != null && version != occasion.getVersion()) {
      throw CadenceRefused.stale();
    }
    // Native: confidential pieces the caller cannot see still hold on to the occasion.
    long linked =
        ((Number)
                em.createNativeQuery(
                        "SELECT count(*) FROM online_content WHERE tenant_id = ?1"
                            + " AND occasion_id = ?2")
                    .setHint("eclipselink.jdbc.allow-native-sql-query", true)
                    .setParameter(1, tenantContext.require().code())
                    .setParameter(2, id)
                    .getSingleResult())
            .longValue();
    if (linked > 0) {
      throw new CadenceRefused(409, null, "occasion.inUse", linked);
    }
    String before = describe(occasion);
    em.remove(occasion);
    em.flush();
    audit.record(by, "online.occasion.removed", "online-occasion:" + id, before, null);
  }

  private static String title(String title) {
    String t = title == null ? "" : title.strip();
    if (t.isEmpty() || t.length() > MAX_TITLE) {
      throw CadenceRefused.invalid("title", "occasion.title.required", MAX_TITLE);
    }
    return t;
  }

  private static void dates(LocalDate startsOn, LocalDate endsOn) {
    if (startsOn == null) {
      throw CadenceRefused.invalid("startsOn", "occasion.startsOn.required");
    }
    if (endsOn == null) {
      throw CadenceRefused.invalid("endsOn", "occasion.endsOn.required");
    }
    if (endsOn.isBefore(startsOn)) {
      throw CadenceRefused.invalid("endsOn", "occasion.endsOn.beforeStart");
    }
  }

  private static String describe(Occasion o) {
    return o.getKind() + " " + o.getTitle() + " " + o.getStartsOn() + ".." + o.getEndsOn();
  }
}
