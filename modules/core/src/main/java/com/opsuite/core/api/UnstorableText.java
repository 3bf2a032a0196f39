package com.opsuite.core.api;

/**
 * Text no column can hold as it was sent: PostgreSQL refuses the NUL character in text, and half of
 * a surrogate pair is not a character at all (the driver would store a question mark instead).
 * Refusing it at the door gives a clear 400 instead of a database error or silently changed text.
 */
final class UnstorableText {

  private UnstorableText() {}

  static boolean in(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\0') {
        return true;
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
          return true;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return true;
      }
    }
    return false;
  }
}
