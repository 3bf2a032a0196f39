package com.opsuite.online.platform;

import com.opsuite.core.audit.AuditLog;
import com.opsuite.core.identity.UserAccount;
import com.opsuite.core.persistence.Like;
import com.opsuite.core.tenancy.TenantBound;
import com.opsuite.core.validation.InvalidInputException.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The tenant's platforms: created, changed under optimistic locking, deactivated (never deleted:
 * published content points at them), and the people who may publish on each. Every change is in the
 * audit log.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class Platforms {

  @PersistenceContext EntityManager em;
  @Inject AuditLog audit;
  @Inject Validator validator;

  public List<Platform> search(PlatformQuery query, int first, int max) {
    TypedQuery<Platform> q =
        where("SELECT p FROM Platform p", query, Platform.class, " ORDER BY p.active DESC, p.name");
    return q.setFirstResult(first).setMaxResults(max).getResultList();
  }

  public long count(PlatformQuery query) {
    return where("SELECT COUNT(p) FROM Platform p", query, Long.class, "").getSingleResult();
  }

  private <T> TypedQuery<T> where(String select, PlatformQuery query, Class<T> type, String tail) {
    StringBuilder jpql = new StringBuilder(select).append(" WHERE 1 = 1");
    String words = query.words();
    if (words != null) {
      jpql.append(" AND LOWER(p.name) LIKE :words").append(Like.ESCAPE);
    }
    if (query.kind() != null) {
      jpql.append(" AND p.kind = :kind");
    }
    if (query.active() != null) {
      jpql.append(" AND p.active = :active");
    }
    TypedQuery<T> q = em.createQuery(jpql.append(tail).toString(), type);
    if (words != null) {
      q.setParameter("words", Like.containing(words));
    }
    if (query.kind() != null) {
      q.setParameter("kind", query.kind());
    }
    if (query.active() != null) {
      q.setParameter("active", query.active());
    }
    return q;
  }

  public Platform get(long id) {
    Platform platform = em.find(Platform.class, id);
    if (platform == null) {
      throw PlatformRefused.notFound();
    }
    return platform;
  }

  public Platform create(PlatformForm given, String by) {
    PlatformForm form = given.normalized();
    PlatformKind kind = check(form, null);
    Platform platform = new Platform(kind, form.name().strip(), form.ownerId());
    platform.setUrl(blankToNull(form.url()));
    em.persist(platform);
    em.flush();
    audit.record(by, "online.platform.created", target(platform.getId()), null, describe(platform));
    return platform;
  }

  public Platform update(long id, PlatformForm given, String by) {
    PlatformForm form = given.normalized();
    Platform platform = get(id);
    if (form.version() == null) {
      throw PlatformInvalidInput.of("version", "platform.version.required");
    }
    if (form.version() != platform.getVersion()) {
      throw new OptimisticLockException(platform);
    }
    PlatformKind kind = check(form, id);
    String before = describe(platform);
    platform.setKind(kind);
    platform.setName(form.name().strip());
    platform.setOwnerId(form.ownerId());
    platform.setUrl(blankToNull(form.url()));
    em.flush();
    audit.record(by, "online.platform.changed", target(id), before, describe(platform));
    return platform;
  }

  /** Switches a platform off or on; an inactive one takes no new content and no publishing. */
  public Platform setActive(long id, boolean active, Long expectedVersion, String by) {
    Platform platform = get(id);
    if (expectedVersion != null && expectedVersion != platform.getVersion()) {
      throw new OptimisticLockException(platform);
    }
    if (platform.isActive() != active) {
      platform.setActive(active);
      em.flush();
      audit.record(
          by,
          active ? "online.platform.activated" : "online.platform.deactivated",
          target(id),
          null,
          platform.getName());
    }
    return platform;
  }

  public List<Long> publishers(long platformId) {
    get(platformId);
    return em.createQuery(
            "SELECT pp.userId FROM PlatformPublisher pp WHERE pp.platformId = :platform"
                + " ORDER BY pp.userId",
            Long.class)
        .setParameter("platform", platformId)
        .getResultList();
  }

  /** Every platform's publishers at once, for lists. */
  public Map<Long, List<Long>> allPublishers() {
    return em.createQuery(
            "SELECT pp FROM PlatformPublisher pp ORDER BY pp.userId", PlatformPublisher.class)
        .getResultStream()
        .collect(
            Collectors.groupingBy(
                PlatformPublisher::getPlatformId,
                Collectors.mapping(PlatformPublisher::getUserId, Collectors.toList())));
  }

  public void addPublisher(long platformId, long userId, String by) {
    Platform platform = get(platformId);
    requireUser("userId", userId);
    if (em.find(PlatformPublisher.class, new PlatformPublisherKey(platformId, userId)) == null) {
      em.persist(new PlatformPublisher(platformId, userId));
      em.flush();
      audit.record(
          by,
          "online.platform.publisher-added",
          target(platformId),
          null,
          platform.getName() + ": user " + userId);
    }
  }

  public void removePublisher(long platformId, long userId, String by) {
    Platform platform = get(platformId);
    PlatformPublisher publisher =
        em.find(PlatformPublisher.class, new PlatformPublisherKey(platformId, userId));
    if (publisher != null) {
      em.remove(publisher);
      em.flush();
      audit.record(
          by,
          "online.platform.publisher-removed",
          target(platformId),
          platform.getName() + ": user " + userId,
          null);
    }
  }

  /** Makes the publishers exactly these people: the page's picker saves the whole choice. */
  public void setPublishers(long platformId, List<Long> userIds, String by) {
    List<Long> now = publishers(platformId);
    for (Long userId : userIds) {
      if (!now.contains(userId)) {
        addPublisher(platformId, userId, by);
      }
    }
    for (Long userId : now) {
      if (!userIds.contains(userId)) {
        removePublisher(platformId, userId, by);
      }
    }
  }

  /** Active users of the tenant, by name: owners and publishers are chosen among them. */
  public List<Person> people() {
    return em.createQuery(
            "SELECT u FROM UserAccount u WHERE u.active = TRUE ORDER BY u.displayName",
            UserAccount.class)
        .getResultStream()
        .map(u -> new Person(u.getId(), u.getDisplayName()))
        .toList();
  }

  /** Display names of the tenant's users by id. */
  public Map<Long, String> names() {
    return em.createQuery("SELECT u FROM UserAccount u", UserAccount.class)
        .getResultStream()
        .collect(Collectors.toMap(UserAccount::getId, UserAccount::getDisplayName));
  }

  /** A user one may pick as owner or publisher. */
  public record Person(long id, String name) implements java.io.Serializable {}

  private PlatformKind check(PlatformForm form, Long id) {
    List<Violation> violations = new ArrayList<>(PlatformInvalidInput.of(validator.validate(form)));
    PlatformKind kind = null;
    if (form.kind() != null && !form.kind().isBlank()) {
      try {
        kind = PlatformKind.valueOf(form.kind().strip());
      } catch (IllegalArgumentException e) {
        violations.add(new Violation("kind", "platform.kind.invalid"));
      }
    }
    if (form.ownerId() != null && !userExists(form.ownerId())) {
      violations.add(new Violation("ownerId", "platform.user.unknown"));
    }
    if (form.name() != null && !form.name().isBlank() && nameTaken(form.name(), id)) {
      violations.add(new Violation("name", "platform.name.taken", form.name().strip()));
    }
    if (!violations.isEmpty()) {
      throw new PlatformInvalidInput(violations);
    }
    return kind;
  }

  private boolean nameTaken(String name, Long except) {
    return em.createQuery("SELECT p.id FROM Platform p WHERE LOWER(p.name) = :name", Long.class)
        .setParameter("name", name.strip().toLowerCase(Locale.ROOT))
        .getResultStream()
        .anyMatch(found -> !Objects.equals(found, except));
  }

  private void requireUser(String field, long userId) {
    if (!userExists(userId)) {
      throw PlatformInvalidInput.of(field, "platform.user.unknown");
    }
  }

  private boolean userExists(long userId) {
    UserAccount user = em.find(UserAccount.class, userId);
    return user != null && user.isActive();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  static String target(long id) {
    return "online-platform:" + id;
  }

  private static String describe(Platform p) {
    return p.getKind() + " " + p.getName() + " owner=" + p.getOwnerId() + " url=" + p.getUrl();
  }
}
