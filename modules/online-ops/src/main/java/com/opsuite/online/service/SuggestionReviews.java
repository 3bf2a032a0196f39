package com.opsuite.online.service;

import com.opsuite.core.audit.AuditLog;
import com.opsuite.core.calendar.TenantCalendar;
import com.opsuite.core.calendar.WorkingDayCalendar;
import com.opsuite.core.identity.UserAccount;
import com.opsuite.core.settings.TenantSettings;
import com.opsuite.core.tenancy.TenantBound;
import com.opsuite.core.tenancy.TenantContext;
import com.opsuite.online.OnlineOpsModule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The periodic review of customer suggestions. A period's review takes up every suggestion received
 * by the period's end and still open (those deferred by an earlier review included) and decides
 * each in one go: adopted, rejected or deferred (with a note). It is all or nothing and once per
 * period (a unique index): a review missing a suggestion, or naming one no longer open, is refused.
 * It is due on the period's last working day; {@link SuggestionReviewReminders} reminds when it is
 * not done.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class SuggestionReviews {

  @PersistenceContext EntityManager em;
  @Inject TenantSettings settings;
  @Inject TenantCalendar calendar;
  @Inject TenantContext tenant;
  @Inject AuditLog audit;

  /** A decision as asked for: the suggestion (a ticket id), what becomes of it, why. */
  public record Decision(Long ticketId, SuggestionDecisionKind decision, String note) {}

  /** A suggestion in a review: waiting for its decision, or decided by it. */
  public record Item(
      long ticketId,
      String subject,
      String contactName,
      Instant receivedAt,
      SuggestionDecisionKind decision,
      String note,
      int deferredBefore) {}

  /** A period's review as it stands: done (who, when, the decisions) or what it will take up. */
  public record Sheet(
      String period,
      LocalDate firstDay,
      LocalDate lastDay,
      LocalDate dueOn,
      boolean done,
      boolean overdue,
      Long reviewerId,
      String reviewerName,
      Instant reviewedAt,
      String note,
      List<Item> items) {}

  public int months() {
    return (int) settings.longValue(OnlineOpsModule.ID, ServiceFeature.REVIEW_MONTHS);
  }

  public LocalDate today() {
    return LocalDate.now(zone());
  }

  /** The period named by its first month, or the current one for null. */
  public SuggestionPeriod period(String key) {
    if (key == null || key.isBlank()) {
      return SuggestionPeriod.of(today(), months());
    }
    return SuggestionPeriod.parse(key, months())
        .orElseThrow(() -> ServiceRefused.invalid("period", "suggestion.period.invalid", key));
  }

  /** The period's last working day, when its review is due. */
  public LocalDate dueOn(SuggestionPeriod p) {
    WorkingDayCalendar days = calendar.calendar();
    for (LocalDate d = p.lastDay(); !d.isBefore(p.firstDay()); d = d.minusDays(1)) {
      if (days.isWorkingDay(d)) {
        return d;
      }
    }
    return p.lastDay();
  }

  public Optional<SuggestionReview> done(SuggestionPeriod p) {
    return em.createQuery(
            "SELECT r FROM SuggestionReview r WHERE r.periodKey = :p", SuggestionReview.class)
        .setParameter("p", p.key())
        .getResultStream()
        .findFirst();
  }

  /** The open suggestions received by the period's end, oldest first. */
  public List<Ticket> pending(SuggestionPeriod p) {
    return em.createQuery(
            "SELECT t FROM Ticket t WHERE t.kind = :kind AND t.status = :open"
                + " AND t.createdAt < :end ORDER BY t.createdAt, t.id",
            Ticket.class)
        .setParameter("kind", TicketKind.SUGGESTION)
        .setParameter("open", TicketStatus.OPEN)
        .setParameter("end", p.lastDay().plusDays(1).atStartOfDay(zone()).toInstant())
        .getResultList();
  }

  public Sheet sheet(SuggestionPeriod p) {
    LocalDate due = dueOn(p);
    Optional<SuggestionReview> review = done(p);
    List<Item> items = new ArrayList<>();
    if (review.isPresent()) {
      List<SuggestionDecision> decisions =
          em.createQuery(
                  "SELECT d FROM SuggestionDecision d WHERE d.reviewId = :r ORDER BY d.ticketId",
                  SuggestionDecision.class)
              .setParameter("r", review.get().getId())
              .getResultList();
      Map<Long, Ticket> tickets = tickets(decisions.stream().map(d -> d.getTicketId()).toList());
      Map<Long, Integer> deferrals = deferrals(tickets.keySet(), review.get().getId());
      for (SuggestionDecision d : decisions) {
        Ticket t = tickets.get(d.getTicketId());
        items.add(
            new Item(
                t.getId(),
                t.getSubject(),
                t.getContactName(),
                t.getCreatedAt(),
                d.getDecision(),
                d.getNote(),
                deferrals.getOrDefault(t.getId(), 0)));
      }
    } else {
      List<Ticket> open = pending(p);
      Map<Long, Integer> deferrals =
          deferrals(new HashSet<>(open.stream().map(Ticket::getId).toList()), null);
      for (Ticket t : open) {
        items.add(
            new Item(
                t.getId(),
                t.getSubject(),
                t.getContactName(),
                t.getCreatedAt(),
                null,
                null,
                deferrals.getOrDefault(t.getId(), 0)));
      }
    }
    Long reviewer = review.map(SuggestionReview::getReviewerId).orElse(null);
    return new Sheet(
        p.key(),
        p.firstDay(),
        p.lastDay(),
        due,
        review.isPresent(),
        review.isEmpty() && today().isAfter(due),
        reviewer,
        reviewer == null
            ? null
            : Optional.ofNullable(em.find(UserAccount.class, reviewer))
                .map(UserAccount::getDisplayName)
                .orElse(null),
        review.map(SuggestionReview::getReviewedAt).orElse(null),
        review.map(SuggestionReview::getNote).orElse(null),
        items);
  }

  /** The reviews done, latest period first. */
  public List<SuggestionReview> history(int max) {
    return em.createQuery(
            "SELECT r FROM SuggestionReview r ORDER BY r.periodKey DESC", SuggestionReview.class)
        .setMaxResults(Math.max(1, Math.min(max, 100)))
        .getResultList();
  }

  /**
   * Records the period's review: a decision for every suggestion it takes up and for no other.
   * Settled suggestions are reviewed tickets (their version moves, so a stale edit of one fails);
   * deferred ones stay open for the next period.
   */
  public SuggestionReview review(
      SuggestionPeriod p, String note, List<Decision> decisions, long userId, Instant now) {
    if (p.firstDay().isAfter(today())) {
      throw ServiceRefused.invalid("period", "suggestion.period.future", p.key());
    }
    if (done(p).isPresent()) {
      throw ServiceRefused.conflict("suggestion.review.done", p.key());
    }
    String cleanNote = note(note, "note");
    Map<Long, Ticket> open = new LinkedHashMap<>();
    pending(p).forEach(t -> open.put(t.getId(), t));
    List<Decision> given = decisions == null ? List.of() : decisions;
    Map<Long, Decision> chosen = new LinkedHashMap<>();
    for (int i = 0; i < given.size(); i++) {
      Decision d = given.get(i);
      String field = "decisions[" + i + "]";
      if (d == null || d.ticketId() == null) {
        throw ServiceRefused.invalid(field + ".ticketId", "suggestion.decision.ticketRequired");
      }
      if (!open.containsKey(d.ticketId())) {
        throw ServiceRefused.invalid(
            field + ".ticketId", "suggestion.decision.notPending", d.ticketId());
      }
      if (chosen.containsKey(d.ticketId())) {
        throw ServiceRefused.invalid(
            field + ".ticketId", "suggestion.decision.twice", d.ticketId());
      }
      if (d.decision() == null) {
        throw ServiceRefused.invalid(field + ".decision", "suggestion.decision.required");
      }
      String n = note(d.note(), field + ".note");
      if (d.decision() == SuggestionDecisionKind.DEFERRED && n == null) {
        throw ServiceRefused.invalid(field + ".note", "suggestion.decision.noteRequired");
      }
      chosen.put(d.ticketId(), new Decision(d.ticketId(), d.decision(), n));
    }
    List<Long> missing = open.keySet().stream().filter(id -> !chosen.containsKey(id)).toList();
    if (!missing.isEmpty()) {
      throw ServiceRefused.invalid(
          "decisions", "suggestion.decision.missing", missing.size(), missing.toString());
    }
    SuggestionReview review = new SuggestionReview(p, userId, now, cleanNote);
    em.persist(review);
    em.flush();
    for (Decision d : chosen.values()) {
      em.persist(new SuggestionDecision(review.getId(), d.ticketId(), d.decision(), d.note()));
      ReviewOutcome outcome = d.decision().outcome();
      if (outcome != null) {
        open.get(d.ticketId()).reviewed(outcome, d.note(), userId, now);
      }
    }
    em.flush();
    audit.record(
        String.valueOf(userId),
        "online.suggestions.reviewed",
        "suggestion-review:" + p.key(),
        null,
        chosen.values().stream()
            .map(d -> d.ticketId() + "=" + d.decision())
            .reduce((a, b) -> a + " " + b)
            .orElse("-"));
    return review;
  }

  private Map<Long, Ticket> tickets(List<Long> ids) {
    Map<Long, Ticket> byId = new HashMap<>();
    if (!ids.isEmpty()) {
      em.createQuery("SELECT t FROM Ticket t WHERE t.id IN :ids", Ticket.class)
          .setParameter("ids", ids)
          .getResultList()
          .forEach(t -> byId.put(t.getId(), t));
    }
    return byId;
  }

  /** How often each suggestion was deferred by reviews other than {@code except}. */
  private Map<Long, Integer> deferrals(Set<Long> ids, Long except) {
    Map<Long, Integer> counts = new HashMap<>();
    if (ids.isEmpty()) {
      return counts;
    }
    for (Object[] row :
        em.createQuery(
                "SELECT d.ticketId, COUNT(d) FROM SuggestionDecision d WHERE d.ticketId IN :ids"
                    + " AND d.decision = :deferred AND d.reviewId <> :except GROUP BY d.ticketId",
                Object[].class)
            .setParameter("ids", ids)
            .setParameter("deferred", SuggestionDecisionKind.DEFERRED)
            .setParameter("except", except == null ? -1L : except)
            .getResultList()) {
      counts.put((Long) row[0], ((Number) row[1]).intValue());
    }
    return counts;
  }

  private static String note(String value, String field) {
    String v = value == null ? null : value.strip();
    if (v == null || v.isEmpty()) {
      return null;
    }
    if (v.length() > Ticket.MAX_NOTE) {
      throw ServiceRefused.invalid(field, "ticket.field.tooLong", Ticket.MAX_NOTE);
    }
    return v;
  }

  private ZoneId zone() {
    ZoneId zone = tenant.require().timeZone();
    return zone == null ? ZoneId.systemDefault() : zone;
  }
}
