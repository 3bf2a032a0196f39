package com.opsuite.web.security;

import com.opsuite.core.identity.SecurityPolicies;
import com.opsuite.core.identity.SecurityPolicy;
import com.opsuite.core.security.SignedInUser;
import com.opsuite.core.tenancy.TenantRegistry;
import com.opsuite.core.tenancy.TenantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;

/**
 * How long a page sign-in may last, idle and at most: what its tenant's security policy says now
 * (settings are cached, so this costs map lookups), fixed limits for platform operators.
 */
@ApplicationScoped
public class SessionLimits {

  static final Limits OPERATOR = new Limits(Duration.ofMinutes(30), Duration.ofHours(8));

  @Inject TenantRegistry registry;
  @Inject TenantScope scope;
  @Inject SecurityPolicies policies;

  /** The limits for the sign-in; none when its tenant no longer works, which ends it. */
  public Optional<Limits> of(SignedInUser user) {
    if (user.operator()) {
      return Optional.of(OPERATOR);
    }
    // Authentication runs before the routing filter binds the request to its tenant.
    return registry
        .findActive(user.tenant())
        .map(tenant -> scope.call(tenant, () -> Limits.of(policies.current())));
  }

  /** An idle timeout and an absolute lifetime. */
  public record Limits(Duration idle, Duration maxAge) {

    static Limits of(SecurityPolicy policy) {
      return new Limits(policy.sessionIdle(), policy.sessionMaxAge());
    }

    int idleSeconds() {
      return (int) idle.toSeconds();
    }
  }
}
