package com.opsuite.core.notification;

import com.opsuite.core.identity.UserAccount;
import com.opsuite.core.identity.UserAccounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;

/**
 * Where and in which language a user is mailed: nowhere for an inactive account or one that turned
 * mail off. Reminders and notices of any module ask here rather than each checking on its own.
 */
@ApplicationScoped
public class MailRecipients {

  /** The user's address and the language of their mail. */
  public record Recipient(String email, Locale locale) {}

  @Inject UserAccounts accounts;
  @Inject NotificationPreferences preferences;

  public Optional<Recipient> of(long userId) {
    return accounts
        .find(userId)
        .filter(UserAccount::isActive)
        .filter(user -> preferences.of(userId).emailEnabled())
        .map(user -> new Recipient(user.getEmail(), preferences.mailLocale(userId)));
  }
}
