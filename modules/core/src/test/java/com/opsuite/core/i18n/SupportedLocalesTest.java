package com.opsuite.core.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SupportedLocalesTest {

  @Test
  void chineseIsTheDefaultWhenTheUserPrefersNeitherLanguage() {
    assertEquals(
        SupportedLocales.CHINESE, SupportedLocales.bestMatch(List.of(Locale.FRENCH).iterator()));
    assertEquals(
        SupportedLocales.CHINESE, SupportedLocales.bestMatch(List.<Locale>of().iterator()));
    assertEquals(SupportedLocales.CHINESE, SupportedLocales.bestMatch(null));
  }

  @Test
  void theFirstSupportedPreferenceWinsByLanguage() {
    assertEquals(
        SupportedLocales.ENGLISH,
        SupportedLocales.bestMatch(List.of(Locale.GERMAN, Locale.UK, Locale.CHINA).iterator()));
    assertEquals(
        SupportedLocales.CHINESE,
        SupportedLocales.bestMatch(List.of(Locale.TAIWAN, Locale.ENGLISH).iterator()));
  }

  @Test
  void tagsMapToSupportedLocalesOnly() {
    assertEquals(Optional.of(SupportedLocales.CHINESE), SupportedLocales.forTag("zh-CN"));
    assertEquals(Optional.of(SupportedLocales.CHINESE), SupportedLocales.forTag("zh_CN"));
    assertEquals(Optional.of(SupportedLocales.ENGLISH), SupportedLocales.forTag("en-GB"));
    assertEquals(Optional.empty(), SupportedLocales.forTag("fr"));
    assertEquals(Optional.empty(), SupportedLocales.forTag(" "));
    assertEquals(Optional.empty(), SupportedLocales.forTag(null));
  }
}
