package com.opsuite.core.identity.totp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TotpTest {

  /** RFC 6238 Appendix B: the SHA1 seed is the ASCII string "12345678901234567890". */
  private static final String RFC_SECRET =
      Base32.encode("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

  /** Middle of step 1_000_000, so the neighbouring steps are plus/minus 30 seconds. */
  private static final Instant NOW = Instant.ofEpochSecond(1_000_000L * 30 + 15);

  private static final long STEP = 1_000_000L;

  @Test
  void matchesTheRfc6238Sha1TestVectors() {
    assertEquals("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", RFC_SECRET);
    assertEquals("287082", Totp.code(RFC_SECRET, Instant.ofEpochSecond(59L)));
    assertEquals("081804", Totp.code(RFC_SECRET, Instant.ofEpochSecond(1111111109L)));
    assertEquals("050471", Totp.code(RFC_SECRET, Instant.ofEpochSecond(1111111111L)));
    assertEquals("005924", Totp.code(RFC_SECRET, Instant.ofEpochSecond(1234567890L)));
    assertEquals("279037", Totp.code(RFC_SECRET, Instant.ofEpochSecond(2000000000L)));
    assertEquals("353130", Totp.code(RFC_SECRET, Instant.ofEpochSecond(20000000000L)));
  }

  @Test
  void codeIsTheSameThroughoutAStep() {
    Instant start = Instant.ofEpochSecond(STEP * 30);
    assertEquals(Totp.code(RFC_SECRET, start), Totp.code(RFC_SECRET, start.plusSeconds(29)));
    assertNotEquals(Totp.code(RFC_SECRET, start), Totp.code(RFC_SECRET, start.plusSeconds(30)));
  }

  @Test
  void acceptsTheCurrentStepAndOneEitherSide() {
    assertEquals(OptionalLong.of(STEP), Totp.verify(RFC_SECRET, codeAt(STEP), NOW, -1));
    assertEquals(OptionalLong.of(STEP - 1), Totp.verify(RFC_SECRET, codeAt(STEP - 1), NOW, -1));
    assertEquals(OptionalLong.of(STEP + 1), Totp.verify(RFC_SECRET, codeAt(STEP + 1), NOW, -1));
  }

  @Test
  void refusesCodesTwoStepsAway() {
    assertEquals(OptionalLong.empty(), Totp.verify(RFC_SECRET, codeAt(STEP - 2), NOW, -1));
    assertEquals(OptionalLong.empty(), Totp.verify(RFC_SECRET, codeAt(STEP + 2), NOW, -1));
  }

  @Test
  void refusesAReplayedOrOlderStep() {
    String current = codeAt(STEP);
    OptionalLong first = Totp.verify(RFC_SECRET, current, NOW, -1);
    assertEquals(OptionalLong.of(STEP), first);
    assertEquals(OptionalLong.empty(), Totp.verify(RFC_SECRET, current, NOW, first.getAsLong()));
    assertEquals(OptionalLong.empty(), Totp.verify(RFC_SECRET, codeAt(STEP - 1), NOW, STEP));
    assertEquals(OptionalLong.empty(), Totp.verify(RFC_SECRET, codeAt(STEP - 1), NOW, STEP - 1));
    // A later step is still accepted after an earlier one was used.
    assertEquals(OptionalLong.of(STEP + 1), Totp.verify(RFC_SECRET, codeAt(STEP + 1), NOW, STEP));
  }

  @Test
  void refusesAWrongCode() {
    Set<String> window = Set.of(codeAt(STEP - 1), codeAt(STEP), codeAt(STEP + 1));
    String wrong =
        Stream.of("000000", "111111", "222222", "333333")
            .filter(c -> !window.contains(c))
            .findFirst()
            .orElseThrow();
    assertEquals(OptionalLong.empty(), Totp.verify(RFC_SECRET, wrong, NOW, -1));
  }

  @Test
  void ignoresSpacesInTheCode() {
    String code = codeAt(STEP);
    String spaced = " " + code.substring(0, 3) + " " + code.substring(3) + " ";
    assertEquals(OptionalLong.of(STEP), Totp.verify(RFC_SECRET, spaced, NOW, -1));
  }

  @Test
  void refusesMalformedCodes() {
    for (String code : new String[] {"", "12345", "1234567", "abcdef", "12345a", "１２３４５６"}) {
      assertEquals(OptionalLong.empty(), Totp.verify(RFC_SECRET, code, NOW, -1), code);
    }
    assertEquals(OptionalLong.empty(), Totp.verify(RFC_SECRET, null, NOW, -1));
  }

  @Test
  void newSecretIs32Base32CharactersAndRandom() {
    String secret = Totp.newSecret();
    assertTrue(secret.matches("[A-Z2-7]{32}"), secret);
    assertEquals(20, Base32.decode(secret).length);
    assertNotEquals(secret, Totp.newSecret());
  }

  @Test
  void base32RoundTripsArbitraryBytes() {
    Random random = new Random(6238);
    for (int length = 0; length <= 21; length++) {
      byte[] bytes = new byte[length];
      random.nextBytes(bytes);
      String encoded = Base32.encode(bytes);
      assertEquals((length * 8 + 4) / 5, encoded.length());
      assertArrayEquals(bytes, Base32.decode(encoded), "length " + length);
    }
  }

  @Test
  void base32MatchesRfc4648AndIsTolerantWhenDecoding() {
    assertEquals("MZXW6YTBOI", Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII)));
    byte[] foobar = "foobar".getBytes(StandardCharsets.US_ASCII);
    assertArrayEquals(foobar, Base32.decode("mzxw6ytboi"));
    assertArrayEquals(foobar, Base32.decode("MZXW 6YTB OI======"));
    assertThrows(IllegalArgumentException.class, () -> Base32.decode("MZXW1"));
    assertThrows(IllegalArgumentException.class, () -> Base32.decode("MZXW-6YTB"));
  }

  @Test
  void verifyAcceptsALowerCaseSpacedSecret() {
    String typed = RFC_SECRET.toLowerCase(Locale.ROOT).replaceAll("(.{4})", "$1 ");
    assertEquals(OptionalLong.of(STEP), Totp.verify(typed, codeAt(STEP), NOW, -1));
  }

  @Test
  void provisioningUriPercentEncodesIssuerAndAccount() {
    String uri = Totp.provisioningUri("运维套件", "li lei@example.com", "JBSWY3DPEHPK3PXP");
    assertEquals(
        "otpauth://totp/%E8%BF%90%E7%BB%B4%E5%A5%97%E4%BB%B6:li%20lei%40example.com"
            + "?secret=JBSWY3DPEHPK3PXP&issuer=%E8%BF%90%E7%BB%B4%E5%A5%97%E4%BB%B6"
            + "&algorithm=SHA1&digits=6&period=30",
        uri);
  }

  private static String codeAt(long step) {
    return Totp.code(RFC_SECRET, Instant.ofEpochSecond(step * 30));
  }
}
