package com.opsuite.it;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Bearer tokens an attacker could bring, built from a real token of the tenant: each one must be
 * refused. Tokens "signed with the product's key" read that key from the database, as only someone
 * who already owns the database could; they stand for tokens that were real once (expired, of a
 * deactivated or deleted account) or that a bug in the checks would let through.
 */
final class ForgedTokens {

  private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder URL_DECODER = Base64.getUrlDecoder();

  private ForgedTokens() {}

  /** Name of each variant and its token, in a stable order for the report. */
  static Map<String, String> of(String realToken, String otherTenant) throws Exception {
    SignedJWT real = SignedJWT.parse(realToken);
    JWTClaimsSet claims = real.getJWTClaimsSet();
    String[] parts = realToken.split("\\.");
    Map<String, String> forged = new LinkedHashMap<>();
    forged.put("garbage", "not-a-token");
    forged.put("empty signature", parts[0] + "." + parts[1] + ".");
    forged.put("alg none", encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + ".");
    forged.put(
        "groups edited, signature kept",
        parts[0]
            + "."
            + encode(
                decode(parts[1])
                    .replace("\"groups\":[", "\"groups\":[\"core.tenant-admin\",\"operator\","))
            + "."
            + parts[2]);
    forged.put(
        "tenant claim changed, signature kept",
        parts[0]
            + "."
            + encode(
                decode(parts[1])
                    .replace(
                        "\"tenant\":\"" + claims.getStringClaim("tenant") + "\"",
                        "\"tenant\":\"" + otherTenant + "\""))
            + "."
            + parts[2]);
    forged.put(
        "expiry extended, signature kept",
        parts[0]
            + "."
            + encode(
                decode(parts[1])
                    .replace(
                        "\"exp\":" + claims.getExpirationTime().getTime() / 1000,
                        "\"exp\":" + Instant.now().plus(Duration.ofDays(365)).getEpochSecond()))
            + "."
            + parts[2]);
    forged.put("other RSA key, same claims", sign(claims, otherKey()));
    forged.put("HS256 keyed with the public key (algorithm confusion)", hmacWithPublicKey(claims));
    PrivateKey productKey = productKey();
    forged.put(
        "expired",
        sign(
            new JWTClaimsSet.Builder(claims)
                .issueTime(Date.from(Instant.now().minus(Duration.ofMinutes(30))))
                .expirationTime(Date.from(Instant.now().minusSeconds(5)))
                .build(),
            productKey));
    forged.put(
        "no expiry",
        sign(new JWTClaimsSet.Builder(claims).expirationTime(null).build(), productKey));
    forged.put(
        "other issuer", sign(new JWTClaimsSet.Builder(claims).issuer("evil").build(), productKey));
    forged.put(
        "deleted account",
        sign(
            new JWTClaimsSet.Builder(claims)
                .claim("account", Long.MAX_VALUE / 2)
                .jwtID(UUID.randomUUID().toString())
                .build(),
            productKey));
    return forged;
  }

  /** A token of the product's own key with these claims: what a real token of them would be. */
  static String signedByProduct(JWTClaimsSet claims) throws Exception {
    return sign(claims, productKey());
  }

  private static String sign(JWTClaimsSet claims, PrivateKey key) throws Exception {
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build(), claims);
    jwt.sign(new RSASSASigner(key));
    return jwt.serialize();
  }

  private static String hmacWithPublicKey(JWTClaimsSet claims) throws Exception {
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(), claims);
    jwt.sign(new MACSigner(publicKeyText().getBytes(StandardCharsets.US_ASCII)));
    return jwt.serialize();
  }

  private static PrivateKey otherKey() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    return generator.generateKeyPair().getPrivate();
  }

  private static PrivateKey productKey() throws Exception {
    byte[] encoded = Base64.getDecoder().decode(keyColumn("private_key"));
    return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(encoded));
  }

  private static String publicKeyText() throws Exception {
    return keyColumn("public_key");
  }

  private static String keyColumn(String column) throws Exception {
    try (Connection db = TestDatabase.asAdmin()) {
      List<String> rows =
          TestDatabase.strings(
              db, "SELECT " + column + " FROM platform_key WHERE name = ?", "api-token");
      return rows.get(0);
    }
  }

  private static String encode(String json) {
    return URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  private static String decode(String part) {
    return new String(URL_DECODER.decode(part), StandardCharsets.UTF_8);
  }
}
