package com.opsuite.online.platform;

import java.util.Locale;

/** What the platform list is narrowed to: words of the name, a kind, active or not. */
public record PlatformQuery(String q, PlatformKind kind, Boolean active) {

  public static final PlatformQuery ALL = new PlatformQuery(null, null, null);

  String words() {
    return q == null || q.isBlank() ? null : q.strip().toLowerCase(Locale.ROOT);
  }
}
