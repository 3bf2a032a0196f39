package com.opsuite.gas.registry;

import com.opsuite.core.i18n.CoreMessages;
import com.opsuite.core.i18n.LocalizedBundles;
import jakarta.enterprise.context.ApplicationScoped;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;

/**
 * The registry's texts in the user's language: the gas bundle first, then core's, so a refusal may
 * name a key of either (core's mappers only know core's bundle).
 */
@ApplicationScoped
public class RegistryTexts {

  public static final String BUNDLE = "com.opsuite.gas.i18n.messages";

  public String text(Locale locale, String key, Object... args) {
    String pattern;
    try {
      pattern =
          LocalizedBundles.bundle(BUNDLE, locale, RegistryTexts.class.getClassLoader())
              .getString(key);
    } catch (MissingResourceException e) {
      return CoreMessages.format(locale, key, args);
    }
    return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
  }
}
