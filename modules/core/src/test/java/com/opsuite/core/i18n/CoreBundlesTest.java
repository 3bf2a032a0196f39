package com.opsuite.core.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Core's texts exist in both languages, each taking the same arguments in both. The files are read
 * as they are: a resource bundle would fill a missing Chinese text from the English one.
 */
class CoreBundlesTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
  private static final String BASE = "/com/opsuite/core/i18n/messages";

  @Test
  void bothLanguagesHoldTheSameKeysWithTheSameArguments() throws IOException {
    Properties en = load(BASE + ".properties");
    Properties zh = load(BASE + "_zh_CN.properties");
    assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(zh.stringPropertyNames()));
    List<String> differing = new ArrayList<>();
    for (String key : en.stringPropertyNames()) {
      if (!placeholders(en.getProperty(key)).equals(placeholders(zh.getProperty(key)))) {
        differing.add(key);
      }
    }
    assertEquals(List.of(), differing);
  }

  private static Properties load(String resource) throws IOException {
    try (InputStream in = CoreBundlesTest.class.getResourceAsStream(resource)) {
      assertNotNull(in, resource);
      Properties properties = new Properties();
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
      return properties;
    }
  }

  private static Set<String> placeholders(String text) {
    Set<String> found = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }
}
