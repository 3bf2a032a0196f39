package com.opsuite.core.notification;

import com.opsuite.core.i18n.SupportedLocales;
import com.opsuite.core.identity.PublicAddress;
import com.opsuite.core.identity.UserAccount;
import com.opsuite.core.identity.UserAccounts;
import com.opsuite.core.mail.OutgoingMail;
import com.opsuite.core.tenancy.TenantBound;
import com.opsuite.core.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.Optional;

/**
 * Tells one user: always the in-app line, in the transaction of what it tells; and a mail in their
 * language, unless they switched mail off or their account is deactivated. The mail is an event the
 * {@code Mailer} sends only once that transaction has committed, so a rolled-back action mails
 * nobody.
 */
@ApplicationScoped
@Transactional
@TenantBound
class NotificationDelivery {

  @Inject Notifications notifications;
  @Inject NotificationPreferences preferences;
  @Inject NotificationTexts texts;
  @Inject UserAccounts accounts;
  @Inject PublicAddress address;
  @Inject TenantContext tenant;
  @Inject Event<OutgoingMail> mail;

  void tell(long userId, Notice notice) {
    // Telling a submitter of their own withdrawal is a record, not news: stored read, never mailed.
    boolean ownDoing = notice.kind() == NotificationKind.WITHDRAWN;
    notifications.add(
        userId,
        notice.kind(),
        notice.subject().approvalId(),
        notice.subject().stepNo(),
        texts.line(notice, SupportedLocales.CHINESE),
        texts.line(notice, SupportedLocales.ENGLISH),
        ownDoing);
    Optional<UserAccount> account = accounts.find(userId).filter(UserAccount::isActive);
    if (ownDoing || account.isEmpty() || !preferences.of(userId).emailEnabled()) {
      return;
    }
    Locale locale = preferences.mailLocale(userId);
    mail.fire(
        texts.mail(
            account.get().getEmail(),
            account.get().getDisplayName(),
            notice,
            locale,
            address.tenantPages(tenant.require().code())));
  }
}
