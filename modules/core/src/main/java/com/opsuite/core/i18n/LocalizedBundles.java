package com.opsuite.core.i18n;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Reads texts from resource bundles without falling back to the server's own default locale. */
public final class LocalizedBundles {

  /**
   * The JVM default locale depends on the host; a user asking for English must never get Chinese
   * because the server happens to run with a Chinese default, so only the base bundle is fallback.
   */
  private static final ResourceBundle.Control NO_HOST_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private LocalizedBundles() {}

  public static ResourceBundle bundle(String baseName, Locale locale, ClassLoader loader) {
    return ResourceBundle.getBundle(baseName, locale, loader, NO_HOST_FALLBACK);
  }

  /**
   * The text for {@code key}, or the key itself in brackets so a missing text is visible, not
   * fatal.
   */
  public static String text(String baseName, Locale locale, ClassLoader loader, String key) {
    try {
      return bundle(baseName, locale, loader).getString(key);
    } catch (MissingResourceException e) {
      return "???" + key + "???";
    }
  }
}
