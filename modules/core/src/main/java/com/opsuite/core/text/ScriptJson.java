package com.opsuite.core.text;

import jakarta.json.JsonStructure;

/**
 * JSON to be written inside a page's {@code <script>} (a {@code p:chart} configuration, say). JSON
 * escapes quotes but not {@code <}: a stored name such as {@code </script><script>...} would end
 * the script element and run as markup. Writing {@code <}, {@code >} and {@code &} as unicode
 * escapes keeps the same JSON value and leaves nothing the HTML parser can see.
 */
public final class ScriptJson {

  private ScriptJson() {}

  public static String of(JsonStructure json) {
    String text = json.toString();
    StringBuilder safe = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> safe.append("\\u003c");
        case '>' -> safe.append("\\u003e");
        case '&' -> safe.append("\\u0026");
        // Line terminators to JavaScript, though not to JSON.
        case '\u2028' -> safe.append("\\u2028");
        case '\u2029' -> safe.append("\\u2029");
        default -> safe.append(c);
      }
    }
    return safe.toString();
  }
}
