package com.opsuite.core.notification;

import com.opsuite.core.i18n.CoreMessages;
import com.opsuite.core.mail.OutgoingMail;
import com.opsuite.core.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * The words of a notification in one language, from core's bundle: the one line the product lists,
 * and the mail with the approval's facts and a link to it.
 */
@ApplicationScoped
class NotificationTexts {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  @Inject CoreMessages messages;
  @Inject TenantContext tenant;

  /** E.g. "Waiting for your decision: Claim EC-1 (Expense claim, step 1: Manager check)". */
  String line(Notice notice, Locale locale) {
    ApprovalSubject s = notice.subject();
    String about =
        s.stepNo() == null
            ? messages.text(locale, "notification.about", s.title(), s.typeLabel(locale))
            : messages.text(
                locale,
                "notification.about.step",
                s.title(),
                s.typeLabel(locale),
                String.valueOf(s.stepNo()),
                s.stepLabel(locale));
    String key = "notification." + notice.kind().name();
    return notice.onBehalfOf() == null
        ? messages.text(locale, key, about)
        : messages.text(locale, key + ".onBehalf", about, notice.onBehalfOf());
  }

  /**
   * The mail to one recipient; {@code pages} is the tenant's page root when known (see {@code
   * PublicAddress}), else the mail tells them where to look instead of linking.
   */
  OutgoingMail mail(String to, String name, Notice notice, Locale locale, Optional<String> pages) {
    ApprovalSubject s = notice.subject();
    String line = line(notice, locale);
    StringBuilder body = new StringBuilder();
    body.append(messages.text(locale, "mail.notification.greeting", name)).append("\n\n");
    body.append(line).append("\n\n");
    body.append(messages.text(locale, "mail.notification.type", s.typeLabel(locale))).append('\n');
    body.append(messages.text(locale, "mail.notification.title", s.title(), s.documentRef()))
        .append('\n');
    if (s.stepNo() != null) {
      body.append(
              messages.text(
                  locale,
                  "mail.notification.step",
                  String.valueOf(s.stepNo()),
                  s.stepLabel(locale)))
          .append('\n');
    }
    if (s.dueAt() != null) {
      String key =
          notice.kind() == NotificationKind.ASSIGNED
              ? "mail.notification.due"
              : "mail.notification.wasDue";
      body.append(messages.text(locale, key, when(s.dueAt()))).append('\n');
    }
    body.append('\n');
    if (pages.isPresent()) {
      body.append(messages.text(locale, "mail.notification.open")).append('\n');
      body.append(pages.get())
          .append("core/approvals.xhtml?open=")
          .append(s.approvalId())
          .append("#approval-")
          .append(s.approvalId());
    } else {
      body.append(messages.text(locale, "mail.notification.openInProduct"));
    }
    body.append("\n\n-- \n").append(messages.text(locale, "mail.notification.optOut"));
    pages.ifPresent(p -> body.append('\n').append(p).append("core/account.xhtml"));
    body.append('\n');
    return new OutgoingMail(
        to, messages.text(locale, "mail.notification.subject", line), body.toString());
  }

  private String when(Instant at) {
    ZoneId zone = tenant.require().timeZone();
    return WHEN.format(at.atZone(zone == null ? ZoneId.systemDefault() : zone));
  }
}
