package com.opsuite.core.tenancy.definition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.opsuite.core.i18n.LocalizedBundles;
import com.opsuite.core.i18n.SupportedLocales;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TenantDefinitionMessagesTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
  private static final Pattern CJK = Pattern.compile("[\\u4e00-\\u9fff]");

  @Test
  void bothBundlesHoldExactlyTheMessageKeys() {
    Set<String> keys =
        Arrays.stream(TenantDefinitionMessage.values())
            .map(TenantDefinitionMessage::key)
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(TenantDefinitionMessage.values().length, keys.size(), "message keys are unique");

    for (Locale locale : SupportedLocales.ALL) {
      assertEquals(keys, new TreeSet<>(bundle(locale).keySet()), locale.toString());
    }
  }

  @Test
  void everyTextTakesExactlyItsArgumentsInBothLanguages() {
    for (TenantDefinitionMessage message : TenantDefinitionMessage.values()) {
      Set<Integer> expected =
          IntStream.range(0, message.arguments()).boxed().collect(Collectors.toSet());
      Object[] args =
          IntStream.range(0, message.arguments()).mapToObj(i -> "«arg" + i + "»").toArray();
      for (Locale locale : SupportedLocales.ALL) {
        String pattern = bundle(locale).getString(message.key());
        Set<Integer> used = new HashSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
          used.add(Integer.parseInt(m.group(1)));
        }
        String where = message.key() + " in " + locale;
        assertEquals(expected, used, where);
        String formatted = new MessageFormat(pattern, locale).format(args);
        for (Object arg : args) {
          assertTrue(formatted.contains(arg.toString()), where + ": " + formatted);
        }
        assertFalse(formatted.contains("{") || formatted.contains("'"), where + ": " + formatted);
      }
    }
  }

  @Test
  void theChineseBundleIsReallyChinese() {
    for (TenantDefinitionMessage message : TenantDefinitionMessage.values()) {
      String chinese = bundle(SupportedLocales.CHINESE).getString(message.key());
      String english = bundle(SupportedLocales.ENGLISH).getString(message.key());
      assertTrue(CJK.matcher(chinese).find(), message.key() + ": " + chinese);
      assertFalse(CJK.matcher(english).find(), message.key() + ": " + english);
      assertNotEquals(english, chinese, message.key());
    }
  }

  private static ResourceBundle bundle(Locale locale) {
    return LocalizedBundles.bundle(
        TenantDefinitionMessage.BUNDLE, locale, TenantDefinitionMessage.class.getClassLoader());
  }
}
