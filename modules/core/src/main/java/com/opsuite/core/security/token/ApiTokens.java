package com.opsuite.core.security.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.opsuite.core.security.CallerIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.Claims;

/**
 * Issues and verifies the API's bearer tokens: RS256-signed JWTs with the MicroProfile JWT claims
 * (iss, sub, upn, groups, iat, exp, jti), the tenant and the account id. Short-lived: a caller
 * signs in again rather than refreshing.
 */
@ApplicationScoped
public class ApiTokens {

  public static final String ISSUER = "opsuite";

  @Inject TokenKeys keys;

  @Inject
  @ConfigProperty(name = "opsuite.api.token-minutes", defaultValue = "15")
  long lifetimeMinutes;

  Clock clock = Clock.systemUTC();

  public Duration lifetime() {
    return Duration.ofMinutes(lifetimeMinutes);
  }

  /** A signed token for the caller with these groups (role codes, or the operator group). */
  public String issue(CallerIdentity caller, Collection<String> groups) {
    Instant now = clock.instant();
    JWTClaimsSet.Builder claims =
        new JWTClaimsSet.Builder()
            .issuer(ISSUER)
            .subject((caller.operator() ? "operator:" : caller.tenant() + ":") + caller.accountId())
            .claim(Claims.upn.name(), caller.getName())
            .claim(Claims.groups.name(), List.copyOf(groups))
            .claim(ApiToken.ACCOUNT_CLAIM, caller.accountId())
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plus(lifetime())))
            .jwtID(UUID.randomUUID().toString());
    if (!caller.operator()) {
      claims.claim(ApiToken.TENANT_CLAIM, caller.tenant());
    }
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build(),
            claims.build());
    try {
      jwt.sign(new RSASSASigner(keys.privateKey()));
    } catch (JOSEException e) {
      throw new IllegalStateException("Cannot sign a token", e);
    }
    return jwt.serialize();
  }

  /** The token's caller if its signature, issuer and lifetime hold; empty otherwise. */
  public Optional<ApiToken> verify(String token) {
    if (token == null || token.length() > 8192) {
      return Optional.empty();
    }
    try {
      SignedJWT jwt = SignedJWT.parse(token);
      if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())
          || !jwt.verify(new RSASSAVerifier(keys.publicKey()))) {
        return Optional.empty();
      }
      JWTClaimsSet claims = jwt.getJWTClaimsSet();
      Date expires = claims.getExpirationTime();
      if (!ISSUER.equals(claims.getIssuer())
          || expires == null
          || !expires.toInstant().isAfter(clock.instant())
          || claims.getClaim(Claims.upn.name()) == null
          || !(claims.getClaim(ApiToken.ACCOUNT_CLAIM) instanceof Number)) {
        return Optional.empty();
      }
      return Optional.of(new ApiToken(token, claims));
    } catch (ParseException | JOSEException e) {
      return Optional.empty();
    }
  }
}
