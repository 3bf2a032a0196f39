package com.opsuite.online;

import com.opsuite.core.i18n.LocalizedBundles;
import java.text.MessageFormat;
import java.util.Locale;

/** Texts of the module's bundle where no page is there to look them up: API answers and jobs. */
public final class OnlineTexts {

  public static final String BUNDLE = "com.opsuite.online.i18n.messages";

  private OnlineTexts() {}

  public static String text(Locale locale, String key, Object... args) {
    String pattern = LocalizedBundles.text(BUNDLE, locale, OnlineTexts.class.getClassLoader(), key);
    return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
  }
}
