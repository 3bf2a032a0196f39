package com.opsuite.online.service;

import com.opsuite.core.identity.UserAccount;
import com.opsuite.core.mail.OutgoingMail;
import com.opsuite.core.org.ReportingLines;
import com.opsuite.core.org.StaffMember;
import com.opsuite.core.tenancy.TenantBound;
import com.opsuite.core.tenancy.TenantContext;
import com.opsuite.online.OnlineTexts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Tells people about customer messages waiting for a reply: the assignee a little before the reply
 * is due, the assignee's managers (or, with nobody to ask, the service managers) once it is
 * overdue. Each message gets each alert once: a message is only picked up while it has no alert of
 * that stage; runs of a tenant take turns (an advisory lock), and the table's unique index stops a
 * second instance sending it again.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class TicketAlerts {

  private static final String NATIVE = "eclipselink.jdbc.allow-native-sql-query";

  private static final String RUN_LOCK =
      "SELECT pg_advisory_xact_lock(hashtext('online-ticket-alerts'), hashtext(?1))::text";

  private static final String DUE_WITHOUT_ALERT =
      "SELECT m FROM TicketMessage m WHERE m.direction = :customer AND m.repliedAt IS NULL"
          + " AND m.replyDueAt > :from AND m.replyDueAt <= :until"
          + " AND NOT EXISTS (SELECT a FROM TicketAlert a WHERE a.messageId = m.id"
          + " AND a.stage = :stage)"
          + " AND EXISTS (SELECT t FROM Ticket t WHERE t.id = m.ticketId AND t.status <> :closed)"
          + " ORDER BY m.replyDueAt, m.id";

  @PersistenceContext EntityManager em;
  @Inject ReplyClock clock;
  @Inject ReportingLines lines;
  @Inject TenantContext tenant;
  @Inject Event<OutgoingMail> mail;
  @Inject ServiceManagers managers;

  /** How many messages a run reminded about and escalated. */
  public record Run(int reminded, int escalated) {}

  public Run run(Instant now) {
    awaitOtherRuns();
    int reminded = 0;
    for (TicketMessage m : due(AlertStage.REMINDER, now, now.plus(clock.reminderLead()))) {
      Ticket t = em.find(Ticket.class, m.getTicketId());
      Set<Long> to = t.getAssigneeId() == null ? serviceManagers() : Set.of(t.getAssigneeId());
      send(t, m, AlertStage.REMINDER, to, now);
      reminded++;
    }
    int escalated = 0;
    for (TicketMessage m : due(AlertStage.ESCALATION, Instant.EPOCH, now)) {
      Ticket t = em.find(Ticket.class, m.getTicketId());
      send(t, m, AlertStage.ESCALATION, escalationTo(t), now);
      escalated++;
    }
    em.flush();
    return new Run(reminded, escalated);
  }

  /**
   * One run at a time per tenant, on however many instances (the timer ticks on each at the same
   * minute, and a manager may run it meanwhile): a run that waited finds the alerts the other sent
   * and sends nothing twice. Without it the later run fails on the unique index and rolls back.
   */
  private void awaitOtherRuns() {
    em.createNativeQuery(RUN_LOCK)
        .setHint(NATIVE, true)
        .setParameter(1, tenant.require().code())
        .getSingleResult();
  }

  private List<TicketMessage> due(AlertStage stage, Instant from, Instant until) {
    return em.createQuery(DUE_WITHOUT_ALERT, TicketMessage.class)
        .setParameter("customer", MessageDirection.CUSTOMER)
        .setParameter("from", from)
        .setParameter("until", until)
        .setParameter("stage", stage)
        .setParameter("closed", TicketStatus.CLOSED)
        .getResultList();
  }

  /** The assignee's managers on the staff; with no assignee or no manager, the service managers. */
  private Set<Long> escalationTo(Ticket t) {
    if (t.getAssigneeId() != null) {
      LocalDate today = LocalDate.now(zone());
      Set<Long> managers =
          lines
              .staffOfUser(t.getAssigneeId())
              .map(s -> lines.managersOf(s.getId(), today))
              .orElse(List.of())
              .stream()
              .map(StaffMember::getUserId)
              .filter(id -> id != null && !id.equals(t.getAssigneeId()))
              .collect(Collectors.toCollection(LinkedHashSet::new));
      if (!managers.isEmpty()) {
        return managers;
      }
    }
    return serviceManagers();
  }

  private Set<Long> serviceManagers() {
    return managers.userIds();
  }

  private void send(Ticket t, TicketMessage m, AlertStage stage, Set<Long> to, Instant now) {
    em.persist(
        new TicketAlert(
            m.getId(),
            stage,
            to.stream().map(String::valueOf).collect(Collectors.joining(",")),
            now));
    String due =
        DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone()).format(m.getReplyDueAt());
    String key = "ticket.alert." + stage.name().toLowerCase(Locale.ROOT);
    for (Long userId : to) {
      UserAccount user = em.find(UserAccount.class, userId);
      if (user == null || !user.isActive()) {
        continue;
      }
      String subject =
          OnlineTexts.text(Locale.SIMPLIFIED_CHINESE, key + ".subject", t.getId())
              + " / "
              + OnlineTexts.text(Locale.ENGLISH, key + ".subject", t.getId());
      String body =
          OnlineTexts.text(
                  Locale.SIMPLIFIED_CHINESE, key + ".body", t.getSubject(), t.getContactName(), due)
              + "\n\n"
              + OnlineTexts.text(
                  Locale.ENGLISH, key + ".body", t.getSubject(), t.getContactName(), due);
      mail.fire(new OutgoingMail(user.getEmail(), subject, body));
    }
  }

  private ZoneId zone() {
    return tenant.require().timeZone();
  }
}
