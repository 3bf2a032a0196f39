package com.opsuite.core.identity;

import com.opsuite.core.settings.CoreSettings;
import com.opsuite.core.settings.SettingCatalog;
import com.opsuite.core.settings.TenantSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;

/** Reads the current tenant's security policy from its core settings. */
@ApplicationScoped
public class SecurityPolicies {

  @Inject TenantSettings settings;

  // One transaction for all the reads, not one each: page requests check their session with it.
  @Transactional
  public SecurityPolicy current() {
    return new SecurityPolicy(
        number(CoreSettings.PASSWORD_MIN_LENGTH),
        number(CoreSettings.PASSWORD_CHARACTER_CLASSES),
        number(CoreSettings.PASSWORD_EXPIRY_DAYS),
        number(CoreSettings.PASSWORD_HISTORY),
        number(CoreSettings.LOCKOUT_ATTEMPTS),
        Duration.ofMinutes(number(CoreSettings.LOCKOUT_MINUTES)),
        Duration.ofMinutes(number(CoreSettings.SESSION_IDLE_MINUTES)),
        Duration.ofHours(number(CoreSettings.SESSION_MAX_HOURS)),
        Boolean.parseBoolean(
            settings.value(SettingCatalog.CORE, CoreSettings.TOTP_REQUIRED_FOR_ADMINS)));
  }

  private int number(String key) {
    return (int) settings.longValue(SettingCatalog.CORE, key);
  }
}
