package com.opsuite.core.appraisal;

import com.opsuite.core.audit.AuditLog;
import com.opsuite.core.i18n.CoreMessages;
import com.opsuite.core.identity.PublicAddress;
import com.opsuite.core.identity.UserAccount;
import com.opsuite.core.identity.UserAccounts;
import com.opsuite.core.mail.OutgoingMail;
import com.opsuite.core.notification.NotificationPreferences;
import com.opsuite.core.org.ReportingLines;
import com.opsuite.core.org.StaffMember;
import com.opsuite.core.tenancy.TenantBound;
import com.opsuite.core.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reminds the laggards of a cycle: every evaluator with evaluations still to submit gets one mail
 * saying how many, in their mail language, unless they switched mail off. Mail leaves after the
 * commit; the reminder itself is in the audit log.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class AppraisalReminders {

  @Inject AppraisalCycles cycles;
  @Inject ReportingLines lines;
  @Inject UserAccounts accounts;
  @Inject NotificationPreferences preferences;
  @Inject CoreMessages texts;
  @Inject PublicAddress address;
  @Inject TenantContext tenant;
  @Inject AuditLog audit;
  @Inject Event<OutgoingMail> mail;

  /** Reminds everyone who still has evaluations to submit; returns how many were mailed. */
  public int remind(long cycleId, String by) {
    AppraisalCycle cycle = cycles.find(cycleId).orElseThrow(AppraisalRefusedException::notFound);
    Map<Long, Long> waiting =
        cycles.evaluationsOfCycle(cycleId).stream()
            .filter(e -> !e.submitted())
            .collect(
                Collectors.groupingBy(AppraisalEvaluation::getEvaluatorId, Collectors.counting()));
    int mailed = 0;
    for (StaffMember evaluator : lines.staff(waiting.keySet())) {
      Optional<UserAccount> account =
          Optional.ofNullable(evaluator.getUserId())
              .flatMap(accounts::find)
              .filter(UserAccount::isActive);
      if (account.isEmpty() || !preferences.of(account.get().getId()).emailEnabled()) {
        continue;
      }
      Locale locale = preferences.mailLocale(account.get().getId());
      String period = cycle.period().toString();
      String body =
          texts.text(locale, "appraisal.reminder.body", evaluator.getName(), period)
              + "\n\n"
              + texts.text(locale, "appraisal.reminder.count", waiting.get(evaluator.getId()))
              + "\n\n"
              + address
                  .tenantPages(tenant.require().code())
                  .map(pages -> pages + "core/my-appraisal.xhtml")
                  .orElse(texts.text(locale, "appraisal.reminder.where"));
      mail.fire(
          new OutgoingMail(
              account.get().getEmail(),
              texts.text(locale, "appraisal.reminder.subject", period),
              body));
      mailed++;
    }
    audit.record(
        by,
        "appraisal.reminded",
        "appraisal-cycle:" + cycleId,
        null,
        waiting.size() + " evaluators waited, " + mailed + " mailed");
    return mailed;
  }
}
