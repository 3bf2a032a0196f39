package com.opsuite.online.credential;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM as the credentials use it: a fresh random 96-bit nonce per value, stored in front of
 * the ciphertext and its tag. The associated data names what the value is (tenant, platform,
 * field), so a ciphertext copied to another row, field or tenant fails to decrypt instead of
 * revealing something under the wrong name.
 */
public final class CredentialCipher {

  static final int KEY_BYTES = 32;
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final String TRANSFORMATION = "AES/GCM/NoPadding";
  private static final SecureRandom RANDOM = new SecureRandom();

  private CredentialCipher() {}

  public static SecretKey key(byte[] raw) {
    if (raw.length != KEY_BYTES) {
      throw new IllegalArgumentException("An AES-256 key has 32 bytes, not " + raw.length);
    }
    return new SecretKeySpec(raw, "AES");
  }

  /** A new random data key's bytes. */
  public static byte[] newKeyBytes() {
    byte[] raw = new byte[KEY_BYTES];
    RANDOM.nextBytes(raw);
    return raw;
  }

  public static byte[] seal(SecretKey key, byte[] plain, String associatedData) {
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    try {
      Cipher cipher = Cipher.getInstance(TRANSFORMATION);
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
      byte[] sealed = cipher.doFinal(plain);
      return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }

  public static byte[] open(SecretKey key, byte[] sealed, String associatedData) {
    if (sealed.length < NONCE_BYTES + TAG_BITS / 8) {
      throw new IllegalStateException("A sealed value is too short to be one");
    }
    try {
      Cipher cipher = Cipher.getInstance(TRANSFORMATION);
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
      cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
      return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
    } catch (GeneralSecurityException e) {
      // Wrong key, altered bytes or a value moved to another row: never a partial answer.
      throw new IllegalStateException("A sealed value does not open with this key", e);
    }
  }

  public static byte[] sealText(SecretKey key, String plain, String associatedData) {
    return seal(key, plain.getBytes(StandardCharsets.UTF_8), associatedData);
  }

  public static String openText(SecretKey key, byte[] sealed, String associatedData) {
    return new String(open(key, sealed, associatedData), StandardCharsets.UTF_8);
  }
}
