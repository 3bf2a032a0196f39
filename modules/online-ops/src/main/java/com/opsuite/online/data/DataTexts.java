package com.opsuite.online.data;

import com.opsuite.core.i18n.CoreMessages;
import com.opsuite.core.i18n.LocalizedBundles;
import com.opsuite.online.OnlineTexts;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;

/**
 * Texts of platform data and meeting packs in the user's language: the module's bundle first, then
 * core's, so a refusal may name a key of either.
 */
public final class DataTexts {

  private DataTexts() {}

  public static String text(Locale locale, String key, Object... args) {
    String pattern;
    try {
      pattern =
          LocalizedBundles.bundle(OnlineTexts.BUNDLE, locale, DataTexts.class.getClassLoader())
              .getString(key);
    } catch (MissingResourceException e) {
      return CoreMessages.format(locale, key, args);
    }
    return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
  }
}
