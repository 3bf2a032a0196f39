package com.opsuite.web.org;

import org.primefaces.PrimeFaces;

/**
 * Brings a panel the user just opened into view. The element's CSS scroll-margin keeps it clear of
 * the sticky top bar, which PrimeFaces' own scrollTo would let cover it.
 */
final class Scrolling {

  /** Below this width the org chart's details sit under the tree instead of beside it. */
  private static final int STACKED_BELOW_PX = 1024;

  private Scrolling() {}

  /** Always: the panel is below what was clicked on every screen. */
  static void bringIntoView(String id) {
    PrimeFaces.current()
        .executeScript("var e = document.getElementById('" + id + "'); if (e) e.scrollIntoView();");
  }

  /** Only on narrow screens: on wide ones the panel sits beside what was clicked. */
  static void bringIntoViewWhenStacked(String id) {
    PrimeFaces.current()
        .executeScript(
            "var e = document.getElementById('"
                + id
                + "'); if (e && window.innerWidth < "
                + STACKED_BELOW_PX
                + ") e.scrollIntoView();");
  }
}
