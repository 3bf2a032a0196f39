package com.opsuite.core.identity.totp;

import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226 HOTP) for the optional second login factor,
 * with the parameters every authenticator app supports: HMAC-SHA1, 6 digits, 30 seconds.
 */
public final class Totp {

  public static final int DIGITS = 6;
  public static final Duration STEP = Duration.ofSeconds(30);

  /** 160 bits, the HMAC-SHA1 key size RFC 4226 recommends. */
  private static final int SECRET_BYTES = 20;

  /** Steps accepted either side of the current one, to allow for clock drift. */
  private static final int DRIFT_STEPS = 1;

  private static final int MODULUS = 1_000_000;
  private static final SecureRandom RANDOM = new SecureRandom();

  private Totp() {}

  /** A fresh random shared secret, Base32 as authenticator apps expect it (32 characters). */
  public static String newSecret() {
    byte[] secret = new byte[SECRET_BYTES];
    RANDOM.nextBytes(secret);
    return Base32.encode(secret);
  }

  /**
   * The zero-padded code an authenticator app shows for the step containing {@code at}.
   *
   * @throws IllegalArgumentException if the secret is not Base32 or is empty
   */
  public static String code(String base32Secret, Instant at) {
    return code(Base32.decode(base32Secret), step(at));
  }

  /**
   * Checks a code typed by the user against the current step and one step either side (clock
   * drift), accepting only steps after {@code lastUsedStep} so a code cannot be replayed. Store the
   * returned step as the new {@code lastUsedStep}; pass {@code -1} if no code was ever used.
   *
   * @return the matched step, or empty if the code is malformed, wrong, or already used
   * @throws IllegalArgumentException if the secret is not Base32 or is empty
   */
  public static OptionalLong verify(
      String base32Secret, String code, Instant now, long lastUsedStep) {
    if (code == null) {
      return OptionalLong.empty();
    }
    String digits = code.replace(" ", "");
    if (!isSixDigits(digits)) {
      return OptionalLong.empty();
    }
    byte[] key = Base32.decode(base32Secret);
    byte[] given = digits.getBytes(StandardCharsets.US_ASCII);
    long current = step(now);
    OptionalLong matched = OptionalLong.empty();
    for (long step = current - DRIFT_STEPS; step <= current + DRIFT_STEPS; step++) {
      if (step <= lastUsedStep || step < 0) {
        continue;
      }
      byte[] expected = code(key, step).getBytes(StandardCharsets.US_ASCII);
      if (MessageDigest.isEqual(expected, given) && matched.isEmpty()) {
        matched = OptionalLong.of(step);
      }
    }
    return matched;
  }

  /**
   * The {@code otpauth://} URI that authenticator apps read from a QR code (Key Uri Format). Issuer
   * and account are percent-encoded in UTF-8, spaces as {@code %20}.
   */
  public static String provisioningUri(String issuer, String account, String base32Secret) {
    String encodedIssuer = encode(issuer);
    return "otpauth://totp/"
        + encodedIssuer
        + ":"
        + encode(account)
        + "?secret="
        + base32Secret
        + "&issuer="
        + encodedIssuer
        + "&algorithm=SHA1&digits="
        + DIGITS
        + "&period="
        + STEP.toSeconds();
  }

  private static long step(Instant at) {
    return Math.floorDiv(at.getEpochSecond(), STEP.toSeconds());
  }

  /** RFC 4226 HOTP: HMAC-SHA1 of the counter, dynamically truncated to {@link #DIGITS} digits. */
  private static String code(byte[] key, long step) {
    byte[] hash;
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(key, "HmacSHA1"));
      hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
    } catch (GeneralSecurityException e) {
      // Every Java platform must provide HmacSHA1, and it accepts any raw key.
      throw new IllegalStateException("HMAC-SHA1 unavailable", e);
    }
    int offset = hash[hash.length - 1] & 0x0F;
    int binary =
        ((hash[offset] & 0x7F) << 24)
            | ((hash[offset + 1] & 0xFF) << 16)
            | ((hash[offset + 2] & 0xFF) << 8)
            | (hash[offset + 3] & 0xFF);
    return String.format("%0" + DIGITS + "d", binary % MODULUS);
  }

  private static boolean isSixDigits(String s) {
    if (s.length() != DIGITS) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
