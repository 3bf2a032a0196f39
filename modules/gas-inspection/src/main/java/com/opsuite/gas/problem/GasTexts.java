package com.opsuite.gas.problem;

import com.opsuite.core.i18n.LocalizedBundles;
import java.text.MessageFormat;
import java.util.Locale;

/** The module's texts in a language, with MessageFormat arguments. */
public final class GasTexts {

  public static final String BUNDLE = "com.opsuite.gas.i18n.messages";

  private GasTexts() {}

  public static String text(Locale locale, String key, Object... args) {
    String pattern = LocalizedBundles.text(BUNDLE, locale, GasTexts.class.getClassLoader(), key);
    return args == null || args.length == 0
        ? pattern
        : new MessageFormat(pattern, locale).format(args);
  }
}
