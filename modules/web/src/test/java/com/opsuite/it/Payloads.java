package com.opsuite.it;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Injection payloads for stored text, one per field, each carrying its own number so a page that
 * shows one unescaped names the field: a script element, an attribute break-out with an event
 * handler, a template expression and an EL expression.
 */
final class Payloads {

  static final String EL = "#{1+1}";
  private static final int FIRST = 9001;
  private static final Pattern INJECTED_SCRIPT = Pattern.compile("alert\\((9\\d{3})\\)");
  private static final Pattern HANDLER = Pattern.compile("^alert\\((9\\d{3})\\)");
  // Shown as text (HTML-escaped) or inside script-safe JSON (unicode-escaped).
  private static final Pattern SHOWN =
      Pattern.compile("(?:&lt;|\\\\u003c)script(?:&gt;|\\\\u003e)alert\\((9\\d{3})\\)");

  private final List<String> names = new ArrayList<>();

  /** The payload for the next field, remembered under its name for the report. */
  String next(String field) {
    int n = FIRST + names.size();
    names.add(field);
    return "<script>alert(" + n + ")</script>\"><img src=x onerror=alert(" + n + ")>{{7*7}}" + EL;
  }

  int count() {
    return names.size();
  }

  /** The fields whose payload is not among the numbers seen. */
  List<String> missing(TreeSet<Integer> seen) {
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      if (!seen.contains(FIRST + i)) {
        missing.add(names.get(i));
      }
    }
    return missing;
  }

  /**
   * What of a page is a payload become markup, naming the page and the field: a script element of a
   * payload, or an element carrying its event handler. Parsed as a browser would, so a payload that
   * is only text (in an element, an attribute value or a script's string) is none.
   */
  List<String> rawIn(String page, String body) {
    List<String> found = new ArrayList<>();
    Document html = Jsoup.parse(body);
    for (Element script : html.select("script")) {
      Matcher m = INJECTED_SCRIPT.matcher(script.data().strip());
      if (m.matches()) {
        found.add(page + " runs the " + field(m.group(1)) + " as a script: " + script);
      }
    }
    for (Element element : html.getAllElements()) {
      for (Attribute attribute : element.attributes()) {
        Matcher m = HANDLER.matcher(attribute.getValue());
        if (attribute.getKey().startsWith("on") && m.find()) {
          found.add(page + " gives the " + field(m.group(1)) + " an event handler: " + element);
        }
      }
    }
    return found;
  }

  /** The numbers of the payloads a page shows as text. */
  TreeSet<Integer> escapedIn(String body) {
    TreeSet<Integer> shown = new TreeSet<>();
    Matcher m = SHOWN.matcher(body);
    while (m.find()) {
      shown.add(Integer.parseInt(m.group(1)));
    }
    return shown;
  }

  private String field(String number) {
    int index = Integer.parseInt(number) - FIRST;
    return index >= 0 && index < names.size() ? names.get(index) : "payload " + number;
  }
}
