package com.opsuite.core.i18n;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages every page and message exists in: Simplified Chinese (the default) and English. */
public final class SupportedLocales {

  public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
  public static final Locale ENGLISH = Locale.ENGLISH;
  public static final List<Locale> ALL = List.of(CHINESE, ENGLISH);

  private SupportedLocales() {}

  /** The supported locale for a BCP 47 tag such as {@code zh-CN} or {@code en}, if there is one. */
  public static Optional<Locale> forTag(String tag) {
    if (tag == null || tag.isBlank()) {
      return Optional.empty();
    }
    return byLanguage(Locale.forLanguageTag(tag.trim().replace('_', '-')));
  }

  /** The first of the user's preferred locales that we support (by language), else Chinese. */
  public static Locale bestMatch(Iterator<Locale> preferred) {
    while (preferred != null && preferred.hasNext()) {
      Optional<Locale> match = byLanguage(preferred.next());
      if (match.isPresent()) {
        return match.get();
      }
    }
    return CHINESE;
  }

  private static Optional<Locale> byLanguage(Locale wanted) {
    return ALL.stream().filter(l -> l.getLanguage().equals(wanted.getLanguage())).findFirst();
  }
}
