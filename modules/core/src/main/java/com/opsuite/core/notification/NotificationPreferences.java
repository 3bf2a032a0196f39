package com.opsuite.core.notification;

import com.opsuite.core.i18n.SupportedLocales;
import com.opsuite.core.tenancy.TenantBound;
import com.opsuite.core.tenancy.TenantContext;
import com.opsuite.core.validation.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Locale;

/**
 * Each user's choice of how to be told: mail on or off (on until they say otherwise), and the
 * language of the mail (the tenant's until they choose one). Only users who changed something have
 * a row.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class NotificationPreferences {

  @PersistenceContext EntityManager em;
  @Inject TenantContext tenant;

  /** What the user chose; {@code mailLanguage} null means the tenant's language. */
  public record Choice(boolean emailEnabled, String mailLanguage) {}

  public Choice of(long userId) {
    NotificationPreference p = em.find(NotificationPreference.class, userId);
    return p == null ? new Choice(true, null) : new Choice(p.isEmailEnabled(), p.getMailLanguage());
  }

  /** Saves the choice; a language other than a supported one's tag is refused. */
  public Choice save(long userId, boolean emailEnabled, String mailLanguage) {
    String tag = null;
    if (mailLanguage != null && !mailLanguage.isBlank()) {
      tag =
          SupportedLocales.forTag(mailLanguage)
              .map(Locale::toLanguageTag)
              .orElseThrow(
                  () ->
                      InvalidInputException.of(
                          "mailLanguage", "notification.mailLanguage.unknown", mailLanguage));
    }
    NotificationPreference p = em.find(NotificationPreference.class, userId);
    if (p == null) {
      p = new NotificationPreference(userId);
      em.persist(p);
    }
    p.change(emailEnabled, tag);
    return new Choice(p.isEmailEnabled(), p.getMailLanguage());
  }

  /** The language mail to the user is written in. */
  public Locale mailLocale(long userId) {
    String chosen = of(userId).mailLanguage();
    return SupportedLocales.forTag(chosen).orElseGet(this::tenantLocale);
  }

  /** The tenant's language, narrowed to a supported one. */
  public Locale tenantLocale() {
    Locale locale = tenant.require().locale();
    return SupportedLocales.forTag(locale == null ? null : locale.toLanguageTag())
        .orElse(SupportedLocales.CHINESE);
  }
}
