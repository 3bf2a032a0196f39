package com.opsuite.online.service;

import com.opsuite.core.audit.AuditLog;
import com.opsuite.core.identity.UserAccount;
import com.opsuite.core.org.OrgUnit;
import com.opsuite.core.org.OrgUnits;
import com.opsuite.core.persistence.CappedCount;
import com.opsuite.core.tenancy.TenantBound;
import com.opsuite.core.text.RichText;
import com.opsuite.online.platform.Platform;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The customer-service desk: tickets opened from the channels (by an agent or an integration), the
 * reply clock on every customer message, and the follow-up each kind needs: complaints handed to a
 * department and closed by the satisfaction callback, suggestions reviewed. Every change checks the
 * state it starts from (409 otherwise) and, when the caller names one, the version it saw.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class Tickets {

  /** How far in the future a received instant may lie: clocks of integrations drift. */
  private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

  @PersistenceContext EntityManager em;
  @Inject ReplyClock clock;
  @Inject AuditLog audit;
  @Inject OrgUnits units;

  /** What a new ticket says; {@code receivedAt} null means now. */
  public record NewTicket(
      TicketKind kind,
      String subject,
      String contactName,
      String contactHandle,
      Long platformId,
      String channel,
      String content,
      Long assigneeId,
      Instant receivedAt) {}

  public Ticket open(NewTicket n, String by) {
    if (n.kind() == null) {
      throw ServiceRefused.invalid("kind", "ticket.kind.required");
    }
    String contact = text("contactName", n.contactName(), Ticket.MAX_NAME, true);
    String handle = text("contactHandle", n.contactHandle(), Ticket.MAX_NAME, false);
    String channel = text("channel", n.channel(), Ticket.MAX_NAME, false);
    if (n.platformId() == null && channel == null) {
      throw ServiceRefused.invalid("channel", "ticket.channel.required");
    }
    if (n.platformId() != null && em.find(Platform.class, n.platformId()) == null) {
      throw ServiceRefused.invalid("platformId", "ticket.platform.unknown", n.platformId());
    }
    String content = body("content", n.content());
    if (n.assigneeId() != null) {
      requireUser("assigneeId", n.assigneeId());
    }
    Instant received = received(n.receivedAt());
    String subject = text("subject", n.subject(), Ticket.MAX_SUBJECT, false);
    Ticket t =
        new Ticket(n.kind(), subject == null ? summary(content) : subject, contact, received);
    t.setContactHandle(handle);
    t.setPlatformId(n.platformId());
    t.setChannel(channel);
    t.setAssigneeId(n.assigneeId());
    em.persist(t);
    em.flush();
    em.persist(TicketMessage.fromCustomer(t.getId(), content, received, clock.dueAfter(received)));
    audit.record(by, "online.ticket.opened", target(t), null, t.getKind() + " " + t.getSubject());
    return t;
  }

  /** Another message from the customer: its own reply clock starts. */
  public TicketMessage customerWrote(long id, String content, Instant receivedAt) {
    Ticket t = find(id);
    if (t.getStatus() == TicketStatus.CLOSED) {
      throw ServiceRefused.conflict("ticket.state.closed");
    }
    Instant received = received(receivedAt);
    TicketMessage m =
        TicketMessage.fromCustomer(
            id, body("content", content), received, clock.dueAfter(received));
    em.persist(m);
    return m;
  }

  /** Our answer; it answers every customer message still waiting. */
  public TicketMessage reply(long id, String content, Long version, long userId, Instant now) {
    Ticket t = find(id, version);
    if (t.getStatus() == TicketStatus.CLOSED) {
      throw ServiceRefused.conflict("ticket.state.closed");
    }
    return answer(t, body("content", content), userId, now);
  }

  public Ticket assign(long id, Long assigneeId, Long version, String by) {
    Ticket t = find(id, version);
    if (assigneeId == null) {
      throw ServiceRefused.invalid("assigneeId", "ticket.assignee.required");
    }
    requireUser("assigneeId", assigneeId);
    Long before = t.getAssigneeId();
    t.setAssigneeId(assigneeId);
    audit.record(
        by,
        "online.ticket.assigned",
        target(t),
        Objects.toString(before, null),
        assigneeId.toString());
    return flushed(t);
  }

  /** A complaint goes to the department responsible for what went wrong. */
  public Ticket handOver(
      long id, Long departmentId, String note, Long version, long userId, Instant now) {
    Ticket t = find(id, version);
    requireState(t, TicketKind.COMPLAINT, TicketStatus.OPEN);
    if (departmentId == null) {
      throw ServiceRefused.invalid("departmentId", "ticket.department.required");
    }
    OrgUnit unit = em.find(OrgUnit.class, departmentId);
    if (unit == null) {
      throw ServiceRefused.invalid("departmentId", "ticket.department.unknown", departmentId);
    }
    t.handOver(departmentId);
    String cleaned = RichText.clean(note);
    if (cleaned != null) {
      em.persist(TicketMessage.ours(id, MessageDirection.NOTE, cleaned, userId, now));
    }
    audit.record(
        String.valueOf(userId), "online.ticket.handedOver", target(t), null, unit.getName());
    return flushed(t);
  }

  /** Progress of a handed-over complaint, kept in the thread for the team, never sent. */
  public TicketMessage note(long id, String content, long userId, Instant now) {
    Ticket t = find(id);
    requireState(t, TicketKind.COMPLAINT, TicketStatus.HANDED_OVER);
    TicketMessage m =
        TicketMessage.ours(id, MessageDirection.NOTE, body("content", content), userId, now);
    em.persist(m);
    return m;
  }

  /**
   * The outcome told to the customer: a reply in the thread, and the complaint awaits the callback.
   */
  public Ticket feedBack(long id, String result, Long version, long userId, Instant now) {
    Ticket t = find(id, version);
    requireState(t, TicketKind.COMPLAINT, TicketStatus.HANDED_OVER);
    String cleaned = body("result", result);
    t.resultSent(cleaned);
    answer(t, cleaned, userId, now);
    return flushed(t);
  }

  /** The satisfaction callback: the customer's score (1-5) closes the complaint. */
  public Ticket callBack(
      long id, Integer score, String note, Long version, String by, Instant now) {
    Ticket t = find(id, version);
    requireState(t, TicketKind.COMPLAINT, TicketStatus.RESULT_SENT);
    if (score == null || score < 1 || score > 5) {
      throw ServiceRefused.invalid("score", "ticket.score.range");
    }
    t.calledBack(score, text("note", note, Ticket.MAX_NOTE, false), now);
    audit.record(by, "online.ticket.calledBack", target(t), null, score.toString());
    return flushed(t);
  }

  /** The periodic review of a suggestion decides what becomes of it. */
  public Ticket review(
      long id, ReviewOutcome outcome, String note, Long version, long userId, Instant now) {
    Ticket t = find(id, version);
    requireState(t, TicketKind.SUGGESTION, TicketStatus.OPEN);
    if (outcome == null) {
      throw ServiceRefused.invalid("outcome", "ticket.outcome.required");
    }
    t.reviewed(outcome, text("note", note, Ticket.MAX_NOTE, false), userId, now);
    return flushed(t);
  }

  /** An inquiry is done. */
  public Ticket close(long id, Long version, String by, Instant now) {
    Ticket t = find(id, version);
    requireState(t, TicketKind.INQUIRY, TicketStatus.OPEN);
    t.close(now);
    audit.record(by, "online.ticket.closed", target(t), null, null);
    return flushed(t);
  }

  // --- reading ---

  public Ticket find(long id) {
    Ticket t = em.find(Ticket.class, id);
    if (t == null) {
      throw ServiceRefused.notFound();
    }
    return t;
  }

  public List<TicketMessage> thread(long id) {
    return em.createQuery(
            "SELECT m FROM TicketMessage m WHERE m.ticketId = :t ORDER BY m.at, m.id",
            TicketMessage.class)
        .setParameter("t", id)
        .getResultList();
  }

  public List<TicketAlert> alerts(long id) {
    return em.createQuery(
            "SELECT a FROM TicketAlert a WHERE a.messageId IN"
                + " (SELECT m.id FROM TicketMessage m WHERE m.ticketId = :t)"
                + " ORDER BY a.sentAt, a.id",
            TicketAlert.class)
        .setParameter("t", id)
        .getResultList();
  }

  /**
   * How many tickets the query finds, up to {@link CappedCount#CAP}; words, which no index serves,
   * are counted in the one scan that finds them.
   */
  public CappedCount count(TicketQuery q, Instant now) {
    TypedQuery<Long> ids = where(q, now, "SELECT t.id FROM Ticket t", Long.class);
    if (q.text() != null && !q.text().isBlank()) {
      return CappedCount.ofRows(ids);
    }
    return CappedCount.of(ids, where(q, now, "SELECT COUNT(t) FROM Ticket t", Long.class));
  }

  public List<TicketLine> search(TicketQuery q, Instant now, int first, int max) {
    List<Ticket> page =
        where(q, now, "SELECT t FROM Ticket t", Ticket.class)
            .setFirstResult(Math.max(0, first))
            .setMaxResults(Math.max(1, Math.min(max, 500)))
            .getResultList();
    return lines(page);
  }

  public TicketLine line(long id) {
    return lines(List.of(find(id))).get(0);
  }

  /** The names behind user ids, for threads and lists. */
  public Map<Long, String> userNames(Collection<Long> ids) {
    Set<Long> wanted = ids.stream().filter(Objects::nonNull).collect(Collectors.toSet());
    Map<Long, String> names = new HashMap<>();
    if (!wanted.isEmpty()) {
      em.createQuery("SELECT u FROM UserAccount u WHERE u.id IN :ids", UserAccount.class)
          .setParameter("ids", wanted)
          .getResultList()
          .forEach(u -> names.put(u.getId(), u.getDisplayName()));
    }
    return names;
  }

  public List<UserAccount> agents() {
    return em.createQuery(
            "SELECT u FROM UserAccount u WHERE u.active = true ORDER BY u.displayName",
            UserAccount.class)
        .getResultList();
  }

  public List<OrgUnit> departments() {
    return em.createQuery("SELECT u FROM OrgUnit u ORDER BY u.name", OrgUnit.class).getResultList();
  }

  public List<Platform> platforms() {
    return em.createQuery("SELECT p FROM Platform p ORDER BY p.name", Platform.class)
        .getResultList();
  }

  private <T> TypedQuery<T> where(TicketQuery q, Instant now, String select, Class<T> type) {
    StringBuilder jpql = new StringBuilder(select).append(" WHERE 1 = 1");
    Map<String, Object> params = new HashMap<>();
    if (q.kind() != null) {
      jpql.append(" AND t.kind = :kind");
      params.put("kind", q.kind());
    }
    if (q.status() != null) {
      jpql.append(" AND t.status = :status");
      params.put("status", q.status());
    }
    if (q.assigneeId() != null) {
      jpql.append(" AND t.assigneeId = :assignee");
      params.put("assignee", q.assigneeId());
    }
    if (q.text() != null && !q.text().isBlank()) {
      jpql.append(" AND (LOWER(t.subject) LIKE :text OR LOWER(t.contactName) LIKE :text")
          .append(" OR LOWER(t.contactHandle) LIKE :text)");
      params.put("text", "%" + q.text().strip().toLowerCase(java.util.Locale.ROOT) + "%");
    }
    if (q.waiting() || q.breached()) {
      jpql.append(
          " AND EXISTS (SELECT m FROM TicketMessage m WHERE m.ticketId = t.id"
              + " AND m.direction = :customer AND m.repliedAt IS NULL");
      params.put("customer", MessageDirection.CUSTOMER);
      if (q.breached()) {
        jpql.append(" AND m.replyDueAt <= :now");
        params.put("now", now);
      }
      jpql.append(")");
    }
    if (!select.contains("COUNT")) {
      jpql.append(" ORDER BY t.createdAt DESC, t.id DESC");
    }
    TypedQuery<T> query = em.createQuery(jpql.toString(), type);
    params.forEach(query::setParameter);
    return query;
  }

  /** The names of the departments the tickets were handed to, in one query for the page. */
  private Map<Long, String> unitNames(List<Ticket> tickets) {
    return units.namesOf(tickets.stream().map(Ticket::getDepartmentId).toList());
  }

  private List<TicketLine> lines(List<Ticket> tickets) {
    if (tickets.isEmpty()) {
      return List.of();
    }
    List<Long> ids = tickets.stream().map(Ticket::getId).toList();
    Map<Long, Object[]> clocks = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "SELECT m.ticketId, MIN(m.replyDueAt), COUNT(m) FROM TicketMessage m"
                    + " WHERE m.ticketId IN :ids AND m.direction = :customer"
                    + " AND m.repliedAt IS NULL GROUP BY m.ticketId",
                Object[].class)
            .setParameter("ids", ids)
            .setParameter("customer", MessageDirection.CUSTOMER)
            .getResultList()) {
      clocks.put((Long) row[0], row);
    }
    Map<Long, String> users = userNames(tickets.stream().map(Ticket::getAssigneeId).toList());
    Map<Long, String> platforms =
        platforms().stream().collect(Collectors.toMap(Platform::getId, Platform::getName));
    Map<Long, String> units = unitNames(tickets);
    return tickets.stream()
        .map(
            t -> {
              Object[] c = clocks.get(t.getId());
              return new TicketLine(
                  t.getId(),
                  t.getKind(),
                  t.getStatus(),
                  t.getSubject(),
                  t.getContactName(),
                  t.getContactHandle(),
                  t.getPlatformId(),
                  t.getPlatformId() == null ? t.getChannel() : platforms.get(t.getPlatformId()),
                  t.getAssigneeId(),
                  users.get(t.getAssigneeId()),
                  t.getDepartmentId(),
                  units.get(t.getDepartmentId()),
                  c == null ? null : (Instant) c[1],
                  c == null ? 0 : ((Number) c[2]).intValue(),
                  t.getCreatedAt(),
                  t.getVersion());
            })
        .toList();
  }

  // --- helpers ---

  private TicketMessage answer(Ticket t, String content, long userId, Instant now) {
    for (TicketMessage waiting :
        em.createQuery(
                "SELECT m FROM TicketMessage m WHERE m.ticketId = :t AND m.direction = :customer"
                    + " AND m.repliedAt IS NULL",
                TicketMessage.class)
            .setParameter("t", t.getId())
            .setParameter("customer", MessageDirection.CUSTOMER)
            .getResultList()) {
      waiting.answered(userId, now);
    }
    TicketMessage reply =
        TicketMessage.ours(t.getId(), MessageDirection.REPLY, content, userId, now);
    em.persist(reply);
    return reply;
  }

  private Ticket find(long id, Long version) {
    Ticket t = find(id);
    if (version != null && version != t.getVersion()) {
      throw ServiceRefused.conflict("ticket.conflict.version");
    }
    return t;
  }

  private Ticket flushed(Ticket t) {
    em.flush();
    return t;
  }

  private static void requireState(Ticket t, TicketKind kind, TicketStatus status) {
    if (t.getKind() != kind || t.getStatus() != status) {
      throw ServiceRefused.conflict(
          "ticket.state.illegal",
          new ServiceRefused.Text("ticket.kind." + t.getKind()),
          new ServiceRefused.Text("ticket.status." + t.getStatus()));
    }
  }

  private void requireUser(String field, long userId) {
    if (em.find(UserAccount.class, userId) == null) {
      throw ServiceRefused.invalid(field, "ticket.user.unknown", userId);
    }
  }

  private static Instant received(Instant at) {
    Instant now = Instant.now();
    if (at == null) {
      return now;
    }
    if (at.isAfter(now.plus(CLOCK_SKEW))) {
      throw ServiceRefused.invalid("receivedAt", "ticket.receivedAt.future");
    }
    return at;
  }

  private static String body(String field, String html) {
    String cleaned = RichText.clean(html);
    if (cleaned == null) {
      throw ServiceRefused.invalid(field, "ticket.content.required");
    }
    return cleaned;
  }

  private static String text(String field, String value, int max, boolean required) {
    String v = value == null ? null : value.strip();
    if (v == null || v.isEmpty()) {
      if (required) {
        throw ServiceRefused.invalid(field, "ticket.field.required");
      }
      return null;
    }
    if (v.length() > max) {
      throw ServiceRefused.invalid(field, "ticket.field.tooLong", max);
    }
    return v;
  }

  /** A subject from the first words of the message when none was given. */
  private static String summary(String html) {
    String plain = org.jsoup.Jsoup.parse(html).text().strip();
    return plain.length() <= 60 ? plain : plain.substring(0, 59) + "…";
  }

  private static String target(Ticket t) {
    return "ticket:" + t.getId();
  }
}
