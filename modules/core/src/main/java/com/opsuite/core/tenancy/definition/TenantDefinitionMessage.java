package com.opsuite.core.tenancy.definition;

/**
 * Every problem a tenant definition file can have: the key of its text in the {@link #BUNDLE}
 * resource bundle and the number of {@code {n}} arguments that text takes.
 */
public enum TenantDefinitionMessage {
  /** {0}: the key. */
  REQUIRED("tenant.definition.required", 1),
  /** {0}: the code as written. */
  INVALID_CODE("tenant.definition.invalidCode", 1),
  /** {0}: the code, {1}: the file name. */
  CODE_FILE_NAME_MISMATCH("tenant.definition.codeFileNameMismatch", 2),
  /** {0}: the key, {1}: the maximum number of characters. */
  TOO_LONG("tenant.definition.tooLong", 2),
  /** {0}: the locale as written. */
  INVALID_LOCALE("tenant.definition.invalidLocale", 1),
  /** {0}: the time zone as written. */
  INVALID_TIME_ZONE("tenant.definition.invalidTimeZone", 1),
  /** {0}: the e-mail address as written. */
  INVALID_EMAIL("tenant.definition.invalidEmail", 1),
  /** {0}: the minimum number of characters. Never the password itself. */
  PASSWORD_TOO_SHORT("tenant.definition.passwordTooShort", 1),
  /** No arguments. */
  PASSWORD_CONFLICT("tenant.definition.passwordConflict", 0),
  /** {0}: the variable name as written. */
  INVALID_ENV_NAME("tenant.definition.invalidEnvName", 1),
  /** {0}: the variable name. */
  PASSWORD_ENV_MISSING("tenant.definition.passwordEnvMissing", 1),
  /** {0}: the module id as written. */
  INVALID_MODULE_ID("tenant.definition.invalidModuleId", 1),
  /** {0}: the module id. */
  DUPLICATE_MODULE("tenant.definition.duplicateModule", 1),
  /** {0}: the key. */
  INVALID_SETTING_KEY("tenant.definition.invalidSettingKey", 1),
  /** {0}: the key, {1}: the module id. */
  SETTING_FOR_DISABLED_MODULE("tenant.definition.settingForDisabledModule", 2),
  /** {0}: the key, {1}: the value as written. */
  INVALID_BOOLEAN("tenant.definition.invalidBoolean", 2),
  /** {0}: the key. */
  UNKNOWN_KEY("tenant.definition.unknownKey", 1),
  /** {0}: the key. */
  DUPLICATE_KEY("tenant.definition.duplicateKey", 1),
  /** {0}: the code, {1}: the file that declared it first. */
  DUPLICATE_CODE("tenant.definition.duplicateCode", 2),
  /** No arguments. */
  NOT_FOUND("tenant.definition.notFound", 0),
  /** No arguments. */
  NOT_UTF8("tenant.definition.notUtf8", 0),
  /** {0}: the technical reason. */
  UNREADABLE("tenant.definition.unreadable", 1);

  /** Base name of the bundle holding the texts, in English (base) and Simplified Chinese. */
  public static final String BUNDLE = "com.opsuite.core.i18n.tenant_definition";

  private final String key;
  private final int arguments;

  TenantDefinitionMessage(String key, int arguments) {
    this.key = key;
    this.arguments = arguments;
  }

  public String key() {
    return key;
  }

  /** How many {@code {n}} placeholders the text has: {@code {0}} to {@code {arguments-1}}. */
  public int arguments() {
    return arguments;
  }
}
