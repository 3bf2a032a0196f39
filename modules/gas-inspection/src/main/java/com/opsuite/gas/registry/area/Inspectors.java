package com.opsuite.gas.registry.area;

import com.opsuite.core.audit.AuditLog;
import com.opsuite.core.identity.UserAccount;
import com.opsuite.core.tenancy.TenantBound;
import com.opsuite.gas.problem.GasRefusedException;
import com.opsuite.gas.registry.Area;
import com.opsuite.gas.registry.Inspector;
import com.opsuite.gas.registry.InspectorArea;
import com.opsuite.gas.registry.RegistryInvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Users who go into homes: appointing one gives them a badge number (unique in the tenant) and the
 * areas they cover; appointing again changes both.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class Inspectors {

  static final int MAX_BADGE = 40;

  @PersistenceContext EntityManager em;
  @Inject AuditLog audit;

  /** An inspector with the ids of the areas they cover and their name. */
  public record Appointed(Inspector inspector, String displayName, Set<Long> areaIds) {}

  /** A user who may be appointed. */
  public record Candidate(long userId, String displayName) implements java.io.Serializable {}

  /** The tenant's active users, by name. */
  public List<Candidate> candidates() {
    return em.createQuery(
            "SELECT u FROM UserAccount u WHERE u.active = TRUE ORDER BY u.displayName",
            UserAccount.class)
        .getResultStream()
        .map(u -> new Candidate(u.getId(), u.getDisplayName()))
        .toList();
  }

  public List<Appointed> all() {
    List<Inspector> inspectors =
        em.createQuery("SELECT i FROM Inspector i ORDER BY i.badgeNo", Inspector.class)
            .getResultList();
    Map<Long, Set<Long>> areas =
        em.createQuery("SELECT ia FROM InspectorArea ia", InspectorArea.class)
            .getResultStream()
            .collect(
                Collectors.groupingBy(
                    InspectorArea::getUserId,
                    Collectors.mapping(
                        InspectorArea::getAreaId, Collectors.toCollection(TreeSet::new))));
    List<Appointed> result = new ArrayList<>(inspectors.size());
    for (Inspector i : inspectors) {
      UserAccount user = em.find(UserAccount.class, i.getUserId());
      result.add(
          new Appointed(
              i,
              user == null ? "" : user.getDisplayName(),
              areas.getOrDefault(i.getUserId(), new TreeSet<>())));
    }
    return result;
  }

  /**
   * Appoints the user, or changes their appointment: then {@code version} must be the version of
   * the appointment the caller read, so two people re-appointing at once cannot silently overwrite
   * each other's badge or areas (the second is refused). Every change counts as one, areas too.
   */
  public Appointed appoint(
      long userId, String badgeNo, Collection<Long> areaIds, Long version, String by) {
    UserAccount user = em.find(UserAccount.class, userId);
    if (user == null) {
      // The user named in the address is not this tenant's (another tenant's id): no such record.
      throw GasRefusedException.notFound();
    }
    if (!user.isActive()) {
      throw RegistryInvalidInput.of("userId", "registry.inspector.userUnknown");
    }
    String badge = badgeNo == null ? "" : badgeNo.strip();
    if (badge.isEmpty() || badge.length() > MAX_BADGE) {
      throw RegistryInvalidInput.of("badgeNo", "registry.inspector.badgeRequired", MAX_BADGE);
    }
    List<Long> holders =
        em.createQuery(
                "SELECT i.userId FROM Inspector i WHERE LOWER(i.badgeNo) = :badge", Long.class)
            .setParameter("badge", badge.toLowerCase(Locale.ROOT))
            .getResultList();
    if (holders.stream().anyMatch(h -> h != userId)) {
      throw RegistryInvalidInput.of("badgeNo", "registry.inspector.badgeTaken", badge);
    }
    Set<Long> wanted = new TreeSet<>(areaIds == null ? List.of() : areaIds);
    for (Long areaId : wanted) {
      if (areaId == null || em.find(Area.class, areaId) == null) {
        throw RegistryInvalidInput.of("areaIds", "registry.areaUnknown");
      }
    }
    Inspector inspector = em.find(Inspector.class, userId);
    String before = null;
    if (inspector == null) {
      inspector = new Inspector(userId, badge);
      em.persist(inspector);
    } else {
      if (version == null) {
        throw RegistryInvalidInput.of("version", "registry.versionRequired");
      }
      if (version != inspector.getVersion()) {
        throw new OptimisticLockException(inspector);
      }
      // The areas live in rows of their own: without this a change of areas alone left the
      // version as it was, and a concurrent one went unnoticed.
      em.lock(inspector, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
      before = inspector.getBadgeNo();
      inspector.setBadgeNo(badge);
      inspector.setActive(true);
    }
    em.flush();
    List<InspectorArea> held =
        em.createQuery(
                "SELECT ia FROM InspectorArea ia WHERE ia.userId = :user", InspectorArea.class)
            .setParameter("user", userId)
            .getResultList();
    for (InspectorArea ia : held) {
      if (!wanted.remove(ia.getAreaId())) {
        em.remove(ia);
      }
    }
    for (Long areaId : wanted) {
      em.persist(new InspectorArea(userId, areaId));
    }
    em.flush();
    audit.record(
        by, "gas.inspector.appointed", "user:" + userId, before, badge + " areas " + areaIds);
    Set<Long> now =
        new TreeSet<>(
            em.createQuery(
                    "SELECT ia.areaId FROM InspectorArea ia WHERE ia.userId = :user", Long.class)
                .setParameter("user", userId)
                .getResultList());
    return new Appointed(inspector, user.getDisplayName(), now);
  }
}
