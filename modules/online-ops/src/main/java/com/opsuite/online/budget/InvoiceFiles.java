package com.opsuite.online.budget;

import com.opsuite.online.design.DesignRefusedException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

/**
 * Checks an invoice before it is stored: not empty, at most {@link #MAX_BYTES} (413), a PDF, JPEG
 * or PNG whose bytes really are of that type (415): the declared type alone is the client's word.
 */
public final class InvoiceFiles {

  public static final int MAX_BYTES = 5 * 1024 * 1024;
  static final Set<String> TYPES = Set.of("image/jpeg", "image/png", "application/pdf");

  private InvoiceFiles() {}

  /** The type the bytes are, when it is one of the accepted ones and the declared one agrees. */
  public static String check(String declaredType, byte[] content) {
    if (content == null || content.length == 0) {
      throw DesignRefusedException.invalid("invoice", "expense.invoice.empty");
    }
    if (content.length > MAX_BYTES) {
      throw new DesignRefusedException(
          413, "invoice", "expense.invoice.tooLarge", MAX_BYTES / (1024 * 1024));
    }
    String sniffed = sniff(content);
    String declared =
        declaredType == null ? "" : declaredType.split(";")[0].strip().toLowerCase(Locale.ROOT);
    boolean agrees =
        declared.isEmpty()
            || declared.equals("application/octet-stream")
            || declared.equals(sniffed)
            || (declared.equals("image/jpg") && "image/jpeg".equals(sniffed));
    if (sniffed == null || !agrees) {
      throw new DesignRefusedException(415, "invoice", "expense.invoice.type");
    }
    return sniffed;
  }

  static String sniff(byte[] b) {
    if (starts(b, 0xFF, 0xD8, 0xFF)) {
      return "image/jpeg";
    }
    if (starts(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      return "image/png";
    }
    if (starts(b, '%', 'P', 'D', 'F', '-')) {
      return "application/pdf";
    }
    return null;
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
      return "invoice";
    }
    return name.length() > 200 ? name.substring(name.length() - 200) : name;
  }
}
