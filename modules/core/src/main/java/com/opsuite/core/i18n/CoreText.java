package com.opsuite.core.i18n;

import java.util.Locale;

/** One of core's texts as a message argument, written in the reader's language (an enum label). */
public record CoreText(String key) implements Localizable {

  @Override
  public String in(Locale locale) {
    return CoreMessages.format(locale, key);
  }
}
