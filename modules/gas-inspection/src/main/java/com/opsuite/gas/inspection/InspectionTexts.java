package com.opsuite.gas.inspection;

import com.opsuite.core.i18n.LocalizedBundles;
import java.text.MessageFormat;
import java.util.Locale;

/** Texts of the module's bundle in one language: core's message lookups know only core's bundle. */
public final class InspectionTexts {

  public static final String BUNDLE = "com.opsuite.gas.i18n.messages";

  private InspectionTexts() {}

  /** A message argument that is itself a text of the bundle, e.g. a checklist item's label. */
  public record Key(String key) {}

  public static String text(Locale locale, String key, Object... args) {
    String pattern =
        LocalizedBundles.text(BUNDLE, locale, InspectionTexts.class.getClassLoader(), key);
    if (args == null || args.length == 0) {
      return pattern;
    }
    Object[] written = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      written[i] = args[i] instanceof Key k ? text(locale, k.key()) : args[i];
    }
    return new MessageFormat(pattern, locale).format(written);
  }
}
