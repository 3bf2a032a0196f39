package com.opsuite.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class RichTextTest {

  @Test
  void formattingListsAndLinksStay() {
    String html =
        "<p><strong>每周</strong>更新 <em>3</em> 次</p><ul><li>网站</li></ul>"
            + "<a href=\"https://example.com\">link</a>";
    assertEquals(
        "<p><strong>每周</strong>更新 <em>3</em> 次</p><ul><li>网站</li></ul>"
            + "<a href=\"https://example.com\" rel=\"nofollow\">link</a>",
        RichText.clean(html));
  }

  @Test
  void scriptsHandlersAndJavascriptLinksGo() {
    assertEquals(
        "<p>hi</p><a rel=\"nofollow\">x</a>",
        RichText.clean(
            "<p onclick=\"steal()\">hi</p><script>steal()</script>"
                + "<a href=\"javascript:steal()\">x</a><img src=x onerror=steal()>"));
  }

  @Test
  void nothingVisibleIsNothing() {
    assertNull(RichText.clean("<p><br></p>"));
    assertNull(RichText.clean("   "));
    assertNull(RichText.clean(null));
  }
}
