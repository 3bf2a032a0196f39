package com.opsuite.online.platform;

import com.opsuite.core.i18n.CoreMessages;
import com.opsuite.core.i18n.LocalizedBundles;
import com.opsuite.online.OnlineTexts;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;

/**
 * Texts for platform and credential answers: the module's bundle first, then core's, so a refusal
 * may name a key of either.
 */
public final class PlatformTexts {

  private PlatformTexts() {}

  public static String text(Locale locale, String key, Object... args) {
    String pattern;
    try {
      pattern =
          LocalizedBundles.bundle(OnlineTexts.BUNDLE, locale, PlatformTexts.class.getClassLoader())
              .getString(key);
    } catch (MissingResourceException e) {
      return CoreMessages.format(locale, key, args);
    }
    return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
  }
}
