package com.opsuite.core.text;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Rich text as users type it in the editors (PrimeFaces' text editor sends HTML), cleaned before it
 * is stored: formatting, lists, links and headings stay; scripts, styles, event handlers and
 * anything else that could run in another reader's browser go.
 */
public final class RichText {

  private static final Safelist ALLOWED =
      Safelist.basic().addTags("h1", "h2", "h3", "h4", "s", "span").removeTags("img");

  private static final Document.OutputSettings COMPACT =
      new Document.OutputSettings().prettyPrint(false);

  private RichText() {}

  /** The cleaned HTML, or null for null or text that holds nothing visible. */
  public static String clean(String html) {
    if (html == null) {
      return null;
    }
    String cleaned = Jsoup.clean(html, "", ALLOWED, COMPACT).strip();
    return Jsoup.parse(cleaned).text().isBlank() ? null : cleaned;
  }
}
