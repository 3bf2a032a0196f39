package com.opsuite.core.settings;

import com.opsuite.core.identity.PasswordRules;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Settings of core itself, shared by every module: working hours and the security policy. */
@ApplicationScoped
public class CoreSettings {

  public static final String WORKDAY_START_HOUR = "workday-start-hour";
  public static final String WORKDAY_END_HOUR = "workday-end-hour";

  public static final String PASSWORD_MIN_LENGTH = "password-min-length";
  public static final String PASSWORD_CHARACTER_CLASSES = "password-character-classes";
  public static final String PASSWORD_EXPIRY_DAYS = "password-expiry-days";
  public static final String PASSWORD_HISTORY = "password-history";
  public static final String LOCKOUT_ATTEMPTS = "lockout-attempts";
  public static final String LOCKOUT_MINUTES = "lockout-minutes";
  public static final String SESSION_IDLE_MINUTES = "session-idle-minutes";
  public static final String SESSION_MAX_HOURS = "session-max-hours";
  public static final String TOTP_REQUIRED_FOR_ADMINS = "totp-required-for-admins";

  public List<SettingDefinition> definitions() {
    return List.of(
        SettingDefinition.integer(WORKDAY_START_HOUR, 9, 0, 23),
        SettingDefinition.integer(WORKDAY_END_HOUR, 18, 1, 24),
        SettingDefinition.integer(
            PASSWORD_MIN_LENGTH,
            PasswordRules.MIN_LENGTH,
            PasswordRules.MIN_LENGTH,
            PasswordRules.MAX_LENGTH),
        // Of lower case, upper case, digits and symbols; two is the baseline (letters and digits).
        SettingDefinition.integer(PASSWORD_CHARACTER_CLASSES, 2, 2, 4),
        // 0: passwords do not expire.
        SettingDefinition.integer(PASSWORD_EXPIRY_DAYS, 0, 0, 3650),
        SettingDefinition.integer(PASSWORD_HISTORY, 3, 0, 24),
        SettingDefinition.integer(LOCKOUT_ATTEMPTS, 5, 1, 100),
        SettingDefinition.integer(LOCKOUT_MINUTES, 15, 1, 1440),
        SettingDefinition.integer(SESSION_IDLE_MINUTES, 30, 5, 1440),
        SettingDefinition.integer(SESSION_MAX_HOURS, 12, 1, 168),
        SettingDefinition.bool(TOTP_REQUIRED_FOR_ADMINS, false));
  }
}
