package com.opsuite.core.confidentiality;

/**
 * How widely a business record may be read inside the tenant. Internal records are visible to
 * everyone whose permissions reach them; confidential ones only to holders of {@link
 * com.opsuite.core.security.CorePermissions#CONFIDENTIAL_READ} as well.
 */
public enum Classification {
  INTERNAL,
  CONFIDENTIAL;

  /** The key of the localized name in core's bundle. */
  public String labelKey() {
    return "classification." + name().toLowerCase(java.util.Locale.ROOT);
  }
}
