package com.opsuite.core.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import java.text.MessageFormat;
import java.util.Locale;

/** Core's user-facing texts (validation and business-rule messages) in the user's language. */
@ApplicationScoped
public class CoreMessages {

  public static final String BUNDLE = "com.opsuite.core.i18n.messages";

  public String text(Locale locale, String key, Object... args) {
    String pattern =
        LocalizedBundles.text(BUNDLE, locale, CoreMessages.class.getClassLoader(), key);
    return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
  }
}
