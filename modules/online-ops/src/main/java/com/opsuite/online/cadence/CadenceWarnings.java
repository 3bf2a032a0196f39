package com.opsuite.online.cadence;

import com.opsuite.core.audit.AuditLog;
import com.opsuite.core.identity.UserAccount;
import com.opsuite.core.identity.UserAccounts;
import com.opsuite.core.mail.OutgoingMail;
import com.opsuite.core.notification.NotificationPreferences;
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
import java.util.Optional;

/**
 * Warns platform owners of a rule that will be missed unless something is published: on the last
 * working day of a week still short of updates, on a day a new-media account has not had its update
 * yet, when event news or a promotion notice is due today or on the next working day, and on the
 * month's last working day for an unreviewed column. Each owner is warned once per rule and period:
 * the warning row is written first ({@code ON CONFLICT DO NOTHING}) and only a new row mails, so
 * reruns and several instances send nothing twice. Core's in-app notifications belong to approvals,
 * so the warning goes out as mail in the owner's mail language (unless they turned mail off) and
 * stays in the warning table and the audit log.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class CadenceWarnings {

  @PersistenceContext EntityManager em;
  @Inject CadenceData data;
  @Inject TenantContext tenantContext;
  @Inject UserAccounts accounts;
  @Inject NotificationPreferences preferences;
  @Inject AuditLog audit;
  @Inject Event<OutgoingMail> mail;

  /** One warning sent (or recorded, for an owner who takes no mail). */
  public record Sent(String ruleKey, String periodKey, long userId, String message) {}

  /** Warns about what is at risk on {@code today}; returns the warnings new this run. */
  public List<Sent> run(LocalDate today, String by) {
    CadenceRules rules = data.rules();
    LocalDate monday = CadenceRules.mondayOf(today);
    CadenceRules.Inputs in = data.load(monday, monday.plusDays(13));
    List<CadenceRules.Result> results = new ArrayList<>(rules.week(monday, today, in));
    results.addAll(rules.week(monday.plusWeeks(1), today, in));
    LocalDate nextWorkingDay = rules.nextWorkingDay(today);
    List<Sent> sent = new ArrayList<>();
    for (CadenceRules.Result r : results) {
      if (r.status() != Compliance.IN_PROGRESS
          || r.nextDueOn() == null
          || !atRisk(r, today, nextWorkingDay)) {
        continue;
      }
      String period = r.rule() == RuleKind.DAILY_UPDATES ? r.nextDueOn().toString() : r.periodKey();
      for (long owner : r.ownerIds()) {
        warn(r, period, owner, by).ifPresent(sent::add);
      }
    }
    return sent;
  }

  private static boolean atRisk(CadenceRules.Result r, LocalDate today, LocalDate nextWorkingDay) {
    return switch (r.rule()) {
      case WEEKLY_UPDATES, DAILY_UPDATES, COLUMN_REVIEW -> today.equals(r.nextDueOn());
      case EVENT_NEWS, PROMOTION_LEAD ->
          !r.nextDueOn().isBefore(today) && !r.nextDueOn().isAfter(nextWorkingDay);
    };
  }

  private Optional<Sent> warn(CadenceRules.Result r, String period, long owner, String by) {
    Optional<UserAccount> account = accounts.find(owner).filter(UserAccount::isActive);
    if (account.isEmpty()) {
      return Optional.empty();
    }
    Locale locale = preferences.mailLocale(owner);
    String message = CadenceTexts.due(locale, r);
    int inserted =
        em.createNativeQuery(
                "INSERT INTO online_cadence_warning (tenant_id, rule_key, period_key, user_id,"
                    + " message) VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT DO NOTHING")
            .setHint("eclipselink.jdbc.allow-native-sql-query", true)
            .setParameter(1, tenantContext.require().code())
            .setParameter(2, r.ruleKey())
            .setParameter(3, period)
            .setParameter(4, owner)
            .setParameter(5, message)
            .executeUpdate();
    if (inserted == 0) {
      return Optional.empty();
    }
    if (preferences.of(owner).emailEnabled()) {
      mail.fire(
          new OutgoingMail(
              account.get().getEmail(),
              OnlineTexts.text(locale, "cadence.warning.subject", CadenceTexts.rule(locale, r)),
              message + "\n\n" + OnlineTexts.text(locale, "cadence.warning.footer")));
    }
    audit.record(by, "online.cadence.warned", "user:" + owner, null, r.ruleKey() + " " + period);
    return Optional.of(new Sent(r.ruleKey(), period, owner, message));
  }
}
