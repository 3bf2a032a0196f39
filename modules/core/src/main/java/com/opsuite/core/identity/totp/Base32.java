package com.opsuite.core.identity.totp;

import java.io.ByteArrayOutputStream;
import java.util.Locale;

/**
 * RFC 4648 Base32, the alphabet authenticator apps expect for TOTP secrets. Encodes upper case
 * without padding; decodes what people type or paste (lower case, spaces, '=' padding).
 */
final class Base32 {

  private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

  private Base32() {}

  static String encode(byte[] bytes) {
    StringBuilder out = new StringBuilder((bytes.length * 8 + 4) / 5);
    int buffer = 0;
    int bits = 0;
    for (byte b : bytes) {
      buffer = (buffer << 8) | (b & 0xFF);
      bits += 8;
      while (bits >= 5) {
        bits -= 5;
        out.append(ALPHABET.charAt((buffer >>> bits) & 0x1F));
      }
    }
    if (bits > 0) {
      out.append(ALPHABET.charAt((buffer << (5 - bits)) & 0x1F));
    }
    return out.toString();
  }

  /**
   * Decodes, ignoring case, spaces and '=' padding; leftover bits that do not fill a byte are
   * dropped.
   *
   * @throws IllegalArgumentException on any other character
   */
  static byte[] decode(String text) {
    String cleaned = text.replace(" ", "").replace("=", "").toUpperCase(Locale.ROOT);
    ByteArrayOutputStream out = new ByteArrayOutputStream(cleaned.length() * 5 / 8);
    int buffer = 0;
    int bits = 0;
    for (int i = 0; i < cleaned.length(); i++) {
      int value = ALPHABET.indexOf(cleaned.charAt(i));
      if (value < 0) {
        throw new IllegalArgumentException("Not a Base32 character: '" + cleaned.charAt(i) + "'");
      }
      buffer = (buffer << 5) | value;
      bits += 5;
      if (bits >= 8) {
        bits -= 8;
        out.write((buffer >>> bits) & 0xFF);
      }
    }
    return out.toByteArray();
  }
}
