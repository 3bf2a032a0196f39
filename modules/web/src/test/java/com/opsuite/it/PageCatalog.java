package com.opsuite.it;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every Facelets page the product serves, read from the WAR the tests deploy: the web module's own
 * pages and those of every module jar ({@code META-INF/resources}), each with the names of its
 * {@code f:viewParam}s. A page added to any module is found here without a list.
 */
final class PageCatalog {

  private static final String JAR_PAGES = "META-INF/resources/";
  private static final Pattern VIEW_PARAM =
      Pattern.compile("<f:viewParam\\s[^>]*name=\"([^\"]+)\"");

  private PageCatalog() {}

  /**
   * Page path relative to the tenant (e.g. {@code gas-inspection/customer.xhtml}) → view params.
   */
  static Map<String, List<String>> pages() {
    Map<String, List<String>> pages = new TreeMap<>();
    WarContents.visit(
        (name, content) -> {
          String page = name.startsWith(JAR_PAGES) ? name.substring(JAR_PAGES.length()) : name;
          // Templates and includes under WEB-INF are parts of pages, not pages.
          if (page.endsWith(".xhtml") && !page.startsWith("WEB-INF/")) {
            pages.put(page, viewParams(content));
          }
        });
    return pages;
  }

  private static List<String> viewParams(byte[] page) {
    List<String> names = new ArrayList<>();
    Matcher m = VIEW_PARAM.matcher(new String(page, StandardCharsets.UTF_8));
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }
}
