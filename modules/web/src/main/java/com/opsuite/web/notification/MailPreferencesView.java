package com.opsuite.web.notification;

import com.opsuite.core.i18n.SupportedLocales;
import com.opsuite.core.notification.NotificationPreferences;
import com.opsuite.core.validation.InvalidInputException;
import com.opsuite.web.faces.CurrentUser;
import com.opsuite.web.faces.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The account page's part on notification mail: whether the user gets it, and in which language
 * (empty: the tenant's).
 */
@Named
@ViewScoped
public class MailPreferencesView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject NotificationPreferences preferences;
  @Inject CurrentUser user;
  @Inject Messages messages;

  private boolean emailEnabled;
  private String mailLanguage;

  @PostConstruct
  void load() {
    NotificationPreferences.Choice choice = preferences.of(me());
    emailEnabled = choice.emailEnabled();
    mailLanguage = choice.mailLanguage();
  }

  public void save() {
    try {
      preferences.save(me(), emailEnabled, mailLanguage);
    } catch (InvalidInputException e) {
      messages.invalid(e, "mail:");
      return;
    }
    load();
    messages.pageInfo("account.mail.saved");
  }

  /** The languages a user may choose for mail, as tags. */
  public List<String> getLanguages() {
    return SupportedLocales.ALL.stream().map(Locale::toLanguageTag).toList();
  }

  /** The tenant's language's tag, which mail uses when the user chose none. */
  public String getTenantLanguage() {
    return preferences.tenantLocale().toLanguageTag();
  }

  private long me() {
    return user.accountId();
  }

  public boolean isEmailEnabled() {
    return emailEnabled;
  }

  public void setEmailEnabled(boolean emailEnabled) {
    this.emailEnabled = emailEnabled;
  }

  public String getMailLanguage() {
    return mailLanguage;
  }

  public void setMailLanguage(String mailLanguage) {
    this.mailLanguage = mailLanguage;
  }
}
