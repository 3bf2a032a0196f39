package com.opsuite.core.i18n;

import java.util.Locale;

/** A name a tenant keeps in both languages; English readers get the English one. */
public record LocalizedName(String chinese, String english) implements Localizable {

  @Override
  public String in(Locale locale) {
    return SupportedLocales.ENGLISH.getLanguage().equals(locale.getLanguage()) ? english : chinese;
  }

  @Override
  public String toString() {
    return chinese;
  }
}
