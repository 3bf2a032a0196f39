package com.opsuite.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text exists in both languages: each bundle of every module has the same keys in English and
 * Chinese with the same placeholders, and every key a page names literally is in the pages' bundle.
 * Read from the sources of the whole build, which this module sits beside.
 */
class MessageBundlesTest {

  private static final Path MODULES = Path.of("..");
  private static final Path PAGE_BUNDLE =
      Path.of("src/main/resources/com/opsuite/web/i18n/messages.properties");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");
  private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([^']+)']");

  @Test
  void everyBundleHasTheSameKeysAndPlaceholdersInBothLanguages() {
    List<Path> chinese = files("_zh_CN.properties");
    assertTrue(chinese.size() >= 6, "bundles found: " + chinese);
    for (Path zh : chinese) {
      Path en = zh.resolveSibling(zh.getFileName().toString().replace("_zh_CN", ""));
      Properties english = load(en);
      Properties chineseTexts = load(zh);
      assertEquals(List.of(), missing(english, chineseTexts), "English only, in " + zh);
      assertEquals(List.of(), missing(chineseTexts, english), "Chinese only, in " + zh);
      for (String key : english.stringPropertyNames()) {
        assertEquals(
            placeholders(english.getProperty(key)),
            placeholders(chineseTexts.getProperty(key)),
            key + " in " + zh);
      }
    }
  }

  /** MessageFormat drops a single quote and what follows it up to the next one. */
  @Test
  void noTextWithPlaceholdersLosesAnApostrophe() {
    for (Path bundle : files(".properties")) {
      if (!bundle.getParent().endsWith("i18n")) {
        continue;
      }
      Properties texts = load(bundle);
      for (String key : texts.stringPropertyNames()) {
        String text = texts.getProperty(key);
        if (!placeholders(text).isEmpty()) {
          assertFalse(text.replace("''", "").contains("'"), key + " in " + bundle + ": " + text);
        }
      }
    }
  }

  @Test
  void everyKeyAPageNamesIsInThePagesBundle() {
    Set<String> known = keys(load(PAGE_BUNDLE));
    List<String> missing = new ArrayList<>();
    for (Path page : files(".xhtml")) {
      Matcher m = PAGE_KEY.matcher(read(page));
      while (m.find()) {
        if (!known.contains(m.group(1))) {
          missing.add(m.group(1) + " in " + page);
        }
      }
    }
    assertEquals(List.of(), missing);
  }

  /** The files of every module's main sources (not its build output) named with the suffix. */
  private static List<Path> files(String suffix) {
    try (Stream<Path> modules = Files.list(MODULES)) {
      List<Path> found = new ArrayList<>();
      for (Path main :
          modules.map(m -> m.resolve("src/main")).filter(Files::isDirectory).toList()) {
        try (Stream<Path> all = Files.walk(main)) {
          all.filter(p -> p.getFileName().toString().endsWith(suffix)).forEach(found::add);
        }
      }
      return found.stream().sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Properties load(Path file) {
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The keys of {@code from} that {@code in} lacks. */
  private static List<String> missing(Properties from, Properties in) {
    return keys(from).stream().filter(k -> !in.containsKey(k)).toList();
  }

  private static Set<String> keys(Properties p) {
    return new TreeSet<>(p.stringPropertyNames());
  }

  private static Set<Integer> placeholders(String text) {
    Matcher m = PLACEHOLDER.matcher(text);
    Set<Integer> found = new TreeSet<>();
    while (m.find()) {
      found.add(Integer.parseInt(m.group(1)));
    }
    return found;
  }
}
