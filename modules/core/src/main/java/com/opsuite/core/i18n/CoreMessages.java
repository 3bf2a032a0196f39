package com.opsuite.core.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import java.text.MessageFormat;
import java.util.Locale;

/** Core's user-facing texts (validation and business-rule messages) in the user's language. */
@ApplicationScoped
public class CoreMessages {

  public static final String BUNDLE = "com.opsuite.core.i18n.messages";

  public String text(Locale locale, String key, Object... args) {
    return format(locale, key, args);
  }

  /** The text for {@code key}; {@link Localizable} arguments are written in the same language. */
  public static String format(Locale locale, String key, Object... args) {
    String pattern =
        LocalizedBundles.text(BUNDLE, locale, CoreMessages.class.getClassLoader(), key);
    if (args.length == 0) {
      return pattern;
    }
    Object[] written = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      written[i] = args[i] instanceof Localizable l ? l.in(locale) : args[i];
    }
    return new MessageFormat(pattern, locale).format(written);
  }
}
