package com.opsuite.core.notification;

import com.opsuite.core.tenancy.TenantBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A user's in-app notifications: written in the transaction of what they tell (so they exist
 * exactly when it happened), listed newest first, read one by one or all at once. A user only ever
 * sees and marks their own; someone else's is as if it did not exist.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class Notifications {

  /** The most a list shows; older ones stay, for the record. */
  public static final int MAX_RESULTS = 100;

  @PersistenceContext EntityManager em;

  Notification add(
      long userId,
      NotificationKind kind,
      long approvalId,
      Integer stepNo,
      String textZh,
      String textEn,
      boolean alreadyRead) {
    Notification notification = new Notification(userId, kind, approvalId, stepNo, textZh, textEn);
    if (alreadyRead) {
      notification.markRead(notification.getCreatedAt());
    }
    em.persist(notification);
    return notification;
  }

  /** The user's notifications, newest first. */
  public List<Notification> of(long userId) {
    return em.createQuery(
            "SELECT n FROM Notification n WHERE n.userId = :user"
                + " ORDER BY n.createdAt DESC, n.id DESC",
            Notification.class)
        .setParameter("user", userId)
        .setMaxResults(MAX_RESULTS)
        .getResultList();
  }

  public long unread(long userId) {
    return em.createQuery(
            "SELECT COUNT(n) FROM Notification n WHERE n.userId = :user AND n.readAt IS NULL",
            Long.class)
        .setParameter("user", userId)
        .getSingleResult();
  }

  /** Marks the user's notification read; empty when they have none with this id. */
  public Optional<Notification> markRead(long id, long userId) {
    Optional<Notification> mine =
        Optional.ofNullable(em.find(Notification.class, id)).filter(n -> n.getUserId() == userId);
    mine.ifPresent(n -> n.markRead(Instant.now()));
    return mine;
  }

  /** Marks all the user's unread notifications read; returns how many there were. */
  public int markAllRead(long userId) {
    List<Notification> unread =
        em.createQuery(
                "SELECT n FROM Notification n WHERE n.userId = :user AND n.readAt IS NULL",
                Notification.class)
            .setParameter("user", userId)
            .getResultList();
    Instant now = Instant.now();
    unread.forEach(n -> n.markRead(now));
    return unread.size();
  }
}
