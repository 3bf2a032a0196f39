package com.opsuite.it;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The visible fields of a rendered form with the values the page shows, by their id within the
 * form, ready for {@link PageSession#submit}: a postback test changes one field and sends the rest
 * as a browser would, without knowing every field of the form.
 */
final class ShownForm {

  private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>");
  private static final Pattern SELECT =
      Pattern.compile("<select\\b[^>]*>(.*?)</select>", Pattern.DOTALL);
  private static final Pattern SELECTED =
      Pattern.compile("<option\\b[^>]*selected[^>]*>", Pattern.DOTALL);
  private static final Pattern TEXTAREA =
      Pattern.compile("<textarea\\b([^>]*)>(.*?)</textarea>", Pattern.DOTALL);

  private ShownForm() {}

  static Map<String, String> fields(HttpResponse<String> page, String formId) {
    String body = page.body();
    Matcher open = Pattern.compile("<form[^>]*\\sid=\"" + formId + "\"[^>]*>").matcher(body);
    if (!open.find()) {
      throw new AssertionError("no form " + formId + " on " + page.uri() + ": " + body);
    }
    String form = body.substring(open.start(), body.indexOf("</form>", open.start()));
    String prefix = formId + ":";
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher input = INPUT.matcher(form);
    while (input.find()) {
      String tag = input.group();
      String type = attribute(tag, "type");
      String name = attribute(tag, "name");
      boolean box = "checkbox".equals(type) || "radio".equals(type);
      if (name == null
          || !name.startsWith(prefix)
          || "hidden".equals(type)
          || "submit".equals(type)
          || tag.contains(" disabled")
          || (box && !tag.contains(" checked"))) {
        continue;
      }
      fields.put(name.substring(prefix.length()), box ? "on" : orEmpty(attribute(tag, "value")));
    }
    Matcher select = SELECT.matcher(form);
    while (select.find()) {
      String name = attribute(select.group(), "name");
      Matcher chosen = SELECTED.matcher(select.group(1));
      if (name != null && name.startsWith(prefix) && chosen.find()) {
        fields.put(name.substring(prefix.length()), orEmpty(attribute(chosen.group(), "value")));
      }
    }
    Matcher area = TEXTAREA.matcher(form);
    while (area.find()) {
      String name = attribute(area.group(1), "name");
      if (name != null && name.startsWith(prefix)) {
        fields.put(name.substring(prefix.length()), unescape(area.group(2)));
      }
    }
    return fields;
  }

  private static String attribute(String tag, String name) {
    Matcher m = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(tag);
    return m.find() ? unescape(m.group(1)) : null;
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }

  static String unescape(String html) {
    return html.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
  }
}
