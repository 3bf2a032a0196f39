package com.opsuite.core.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of a CSV file (staff, purchase and platform-data imports). Excel writes UTF-8 with a
 * byte-order mark ("CSV UTF-8") or, on a Chinese Windows, the ANSI code page GBK ("CSV"), which
 * GB18030 contains. Text that is valid UTF-8 is taken as UTF-8: GBK text with Chinese in it is
 * practically never valid UTF-8, the reverse often is.
 */
public final class TextDecoding {

  public static final Charset GB18030 = Charset.forName("GB18030");
  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private TextDecoding() {}

  public static String decode(byte[] bytes) {
    if (startsWith(bytes, UTF8_BOM)) {
      return new String(
          bytes, UTF8_BOM.length, bytes.length - UTF8_BOM.length, StandardCharsets.UTF_8);
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException notUtf8) {
      return new String(bytes, GB18030);
    }
  }

  public static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
