package com.opsuite.online.service;

import com.opsuite.core.audit.AuditLog;
import com.opsuite.core.identity.PublicAddress;
import com.opsuite.core.mail.OutgoingMail;
import com.opsuite.core.notification.MailRecipients;
import com.opsuite.core.tenancy.TenantBound;
import com.opsuite.core.tenancy.TenantContext;
import com.opsuite.online.OnlineTexts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reminds the customer-service owners (holders of {@code online.service.manage}) of a suggestion
 * review that is due (the period's last working day has come) and not done, while suggestions wait
 * for it. Once per period: the reminder row is written first ({@code ON CONFLICT DO NOTHING}) and
 * only a new row mails, so reruns and several instances remind once. Core's in-app notifications
 * belong to approvals, so, like the cadence warnings, it is mail in each owner's mail language
 * (unless they turned mail off), with the reminder table and the audit log as the record.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class SuggestionReviewReminders {

  static final String ACTOR = "system:suggestion-review";

  @PersistenceContext EntityManager em;
  @Inject SuggestionReviews reviews;
  @Inject ServiceManagers managers;
  @Inject MailRecipients recipients;
  @Inject TenantContext tenant;
  @Inject PublicAddress address;
  @Inject AuditLog audit;
  @Inject Event<OutgoingMail> mail;

  /** A reminder sent: the period, its due day, how many suggestions wait, who was told. */
  public record Sent(String period, LocalDate dueOn, int waiting, List<Long> userIds) {}

  /** Reminds of this period's and the previous period's reviews if due on {@code today}. */
  public List<Sent> run(LocalDate today, String by) {
    int months = reviews.months();
    SuggestionPeriod current = SuggestionPeriod.of(today, months);
    List<Sent> sent = new ArrayList<>();
    for (SuggestionPeriod p : List.of(current.previous(months), current)) {
      LocalDate due = reviews.dueOn(p);
      if (due.isAfter(today) || reviews.done(p).isPresent()) {
        continue;
      }
      int waiting = reviews.pending(p).size();
      if (waiting == 0) {
        continue;
      }
      Set<Long> to = managers.userIds();
      int inserted =
          em.createNativeQuery(
                  "INSERT INTO online_suggestion_review_reminder (tenant_id, period_key,"
                      + " recipients) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING")
              .setHint("eclipselink.jdbc.allow-native-sql-query", true)
              .setParameter(1, tenant.require().code())
              .setParameter(2, p.key())
              .setParameter(3, to.stream().map(String::valueOf).collect(Collectors.joining(",")))
              .executeUpdate();
      if (inserted == 0) {
        continue;
      }
      for (long userId : to) {
        mail(userId, p, due, waiting);
      }
      audit.record(by, "online.suggestions.reminded", "suggestion-review:" + p.key(), null, null);
      sent.add(new Sent(p.key(), due, waiting, List.copyOf(to)));
    }
    return sent;
  }

  private void mail(long userId, SuggestionPeriod p, LocalDate due, int waiting) {
    recipients
        .of(userId)
        .ifPresent(
            to -> {
              Locale locale = to.locale();
              String where =
                  address
                      .tenantPages(tenant.require().code())
                      .map(root -> root + "online-ops/tickets.xhtml#suggestion-review")
                      .orElse(OnlineTexts.text(locale, "suggestion.reminder.where"));
              mail.fire(
                  new OutgoingMail(
                      to.email(),
                      OnlineTexts.text(locale, "suggestion.reminder.subject", p.key()),
                      OnlineTexts.text(
                          locale,
                          "suggestion.reminder.body",
                          p.firstDay().toString(),
                          p.lastDay().toString(),
                          due.toString(),
                          waiting,
                          where)));
            });
  }
}
