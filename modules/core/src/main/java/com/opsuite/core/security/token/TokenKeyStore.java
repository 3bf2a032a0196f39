package com.opsuite.core.security.token;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;

/**
 * The RSA key pair API tokens are signed with. Created by whichever instance starts first and kept
 * in the database, so every instance behind the proxy accepts every other's tokens.
 */
/**
 * Where the token key pair lives: the database, so every instance behind the proxy signs and
 * verifies with the same pair. The first instance to ask creates it.
 */
@ApplicationScoped
@Transactional
public class TokenKeyStore {

  static final String NAME = "api-token";
  // Multitenant entities switch native SQL off by default; this table is no tenant's.
  private static final String NATIVE = "eclipselink.jdbc.allow-native-sql-query";

  @PersistenceContext EntityManager em;

  public KeyPair loadOrCreate() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      KeyPair fresh = generator.generateKeyPair();
      Base64.Encoder base64 = Base64.getEncoder();
      // Another instance may have won the race; its pair is the one to use.
      em.createNativeQuery(
              "INSERT INTO platform_key (name, private_key, public_key) VALUES (?1, ?2, ?3)"
                  + " ON CONFLICT (name) DO NOTHING")
          .setHint(NATIVE, true)
          .setParameter(1, NAME)
          .setParameter(2, base64.encodeToString(fresh.getPrivate().getEncoded()))
          .setParameter(3, base64.encodeToString(fresh.getPublic().getEncoded()))
          .executeUpdate();
      @SuppressWarnings("unchecked")
      List<Object[]> rows =
          em.createNativeQuery("SELECT private_key, public_key FROM platform_key WHERE name = ?1")
              .setHint(NATIVE, true)
              .setParameter(1, NAME)
              .getResultList();
      Object[] row = rows.get(0);
      KeyFactory factory = KeyFactory.getInstance("RSA");
      Base64.Decoder decode = Base64.getDecoder();
      return new KeyPair(
          factory.generatePublic(new X509EncodedKeySpec(decode.decode((String) row[1]))),
          factory.generatePrivate(new PKCS8EncodedKeySpec(decode.decode((String) row[0]))));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot create or read the token signing key", e);
    }
  }
}
