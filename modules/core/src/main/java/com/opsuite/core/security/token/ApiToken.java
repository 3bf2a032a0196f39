package com.opsuite.core.security.token;

import com.nimbusds.jwt.JWTClaimsSet;
import com.opsuite.core.security.CallerIdentity;
import java.util.Set;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A verified API token, as the caller of a request: the MicroProfile JWT view of its claims ({@code
 * upn}, {@code groups}, ...) plus the tenant it was issued for ({@code tenant}; absent for operator
 * tokens).
 */
public final class ApiToken implements JsonWebToken, CallerIdentity {

  public static final String TENANT_CLAIM = "tenant";
  public static final String ACCOUNT_CLAIM = "account";

  private final String raw;
  private final JWTClaimsSet claims;

  ApiToken(String raw, JWTClaimsSet claims) {
    this.raw = raw;
    this.claims = claims;
  }

  @Override
  public String getName() {
    return (String) claims.getClaim(Claims.upn.name());
  }

  @Override
  public Set<String> getClaimNames() {
    return claims.getClaims().keySet();
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T getClaim(String name) {
    if (Claims.raw_token.name().equals(name)) {
      return (T) raw;
    }
    Object value = claims.getClaim(name);
    if (value instanceof java.util.Date date) {
      return (T) Long.valueOf(date.toInstant().getEpochSecond());
    }
    if (Claims.groups.name().equals(name) && value instanceof java.util.List<?> list) {
      return (T) Set.copyOf(list.stream().map(String::valueOf).toList());
    }
    return (T) value;
  }

  @Override
  public String tenant() {
    return (String) claims.getClaim(TENANT_CLAIM);
  }

  @Override
  public long accountId() {
    return ((Number) claims.getClaim(ACCOUNT_CLAIM)).longValue();
  }

  @Override
  public String toString() {
    return "ApiToken[" + getName() + "@" + tenant() + "]";
  }
}
