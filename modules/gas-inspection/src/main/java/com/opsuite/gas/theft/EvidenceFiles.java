package com.opsuite.gas.theft;

import com.opsuite.gas.problem.GasRefusedException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

/**
 * Checks an evidence file before it is stored: not empty, at most {@link #MAX_BYTES}, one of the
 * accepted types, and its bytes really of that type (the declared type alone is the client's word).
 */
public final class EvidenceFiles {

  public static final int MAX_BYTES = 10 * 1024 * 1024;

  /**
   * Files one case may hold: a case needs a handful of photos and documents, and without a bound a
   * client gone wrong could fill the database one 10 MB file at a time.
   */
  public static final int MAX_FILES = 30;

  static final Set<String> TYPES =
      Set.of("image/jpeg", "image/png", "image/webp", "application/pdf");

  private EvidenceFiles() {}

  /** The normalized content type of a file that passed every check. */
  public static String check(String declaredType, byte[] content) {
    if (content == null || content.length == 0) {
      throw GasRefusedException.invalid("content", "theft.evidence.empty");
    }
    if (content.length > MAX_BYTES) {
      throw new GasRefusedException(
          413, "content", "theft.evidence.tooLarge", MAX_BYTES / (1024 * 1024));
    }
    String type =
        declaredType == null ? "" : declaredType.split(";")[0].strip().toLowerCase(Locale.ROOT);
    if (!TYPES.contains(type) || !matches(type, content)) {
      throw new GasRefusedException(415, "content", "theft.evidence.type");
    }
    return type;
  }

  static boolean matches(String type, byte[] b) {
    return switch (type) {
      case "image/jpeg" -> starts(b, 0xFF, 0xD8, 0xFF);
      case "image/png" -> starts(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
      case "image/webp" ->
          b.length >= 12
              && new String(b, 0, 4, StandardCharsets.US_ASCII).equals("RIFF")
              && new String(b, 8, 4, StandardCharsets.US_ASCII).equals("WEBP");
      case "application/pdf" -> starts(b, '%', 'P', 'D', 'F', '-');
      default -> false;
    };
  }

  private static boolean starts(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  public static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java has SHA-256", e);
    }
  }

  /** A file name safe to store and to send back in a header. */
  public static String fileName(String given) {
    String name = given == null ? "" : given.replaceAll("[\\\\/\"\\r\\n\\p{Cntrl}]", "_").strip();
    if (name.isEmpty()) {
      return "evidence";
    }
    return name.length() > 200 ? name.substring(name.length() - 200) : name;
  }
}
