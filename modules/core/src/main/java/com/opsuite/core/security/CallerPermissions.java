package com.opsuite.core.security;

import com.opsuite.core.identity.UserAccounts;
import com.opsuite.core.tenancy.TenantContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the current caller may do, read once per request from their roles as they are now: a role
 * change takes effect on the next request, not at the next sign-in. A caller signed in to another
 * tenant than the request's holds nothing here.
 */
@RequestScoped
public class CallerPermissions {

  @Inject SecurityContext security;
  @Inject TenantContext tenant;
  @Inject TenantRoles roles;
  @Inject UserAccounts users;
  @Inject PermissionCatalog catalog;

  private Map<String, DataScope> grants;
  private Boolean accountActive;

  /** The signed-in caller, if any. */
  public Optional<CallerIdentity> caller() {
    Principal principal = security.getCallerPrincipal();
    if (principal instanceof CallerIdentity identity) {
      return Optional.of(identity);
    }
    return security.getPrincipalsByType(CallerIdentity.class).stream().findFirst();
  }

  /**
   * Whether the tenant caller's account exists and is active now, asked once per request: a token
   * outlives a deactivation by up to its lifetime, and must not outlive it by one request.
   */
  public boolean accountActive() {
    Optional<CallerIdentity> caller = caller();
    if (caller.isEmpty() || caller.get().operator()) {
      return false;
    }
    if (accountActive == null) {
      accountActive = users.isActive(caller.get().accountId());
    }
    return accountActive;
  }

  public boolean has(String permission) {
    return grants().containsKey(permission);
  }

  public void require(String permission) {
    if (!has(permission)) {
      throw new AccessDeniedException(permission, caller().isPresent());
    }
  }

  /** The widest data scope among the caller's roles that grant the permission; empty without it. */
  public Optional<DataScope> scopeOf(String permission) {
    return Optional.ofNullable(grants().get(permission));
  }

  public Set<String> all() {
    return Set.copyOf(grants().keySet());
  }

  /**
   * Cached for the request once a caller is known. Not before: work done while the request is still
   * being authenticated (reading the session policy, say) must not fix an anonymous answer for the
   * rest of the request.
   */
  private Map<String, DataScope> grants() {
    if (grants == null) {
      if (caller().isEmpty()) {
        return Map.of();
      }
      grants = load();
    }
    return grants;
  }

  private Map<String, DataScope> load() {
    Optional<CallerIdentity> caller = caller();
    if (caller.isEmpty()) {
      return Map.of();
    }
    if (caller.get().operator()) {
      return Map.of(PlatformPermissions.OPERATE, DataScope.ALL);
    }
    String signedInTo = caller.get().tenant();
    if (tenant.current().filter(t -> t.code().equals(signedInTo)).isEmpty() || !accountActive()) {
      return Map.of();
    }
    Map<String, DataScope> granted = new HashMap<>();
    List<Role> held = new ArrayList<>(roles.heldBy(caller.get().accountId()));
    held.addAll(roles.heldThroughPositions(caller.get().accountId()));
    for (Role role : held) {
      // The administrators' role is every permission there is, including ones declared after the
      // tenant was created.
      Set<String> permissions =
          role.getCode().equals(CorePermissions.TENANT_ADMIN_ROLE)
              ? catalog.allCodes()
              : role.getPermissions();
      for (String permission : permissions) {
        granted.merge(permission, role.getDataScope(), (a, b) -> a == DataScope.ALL ? a : b);
      }
    }
    return granted;
  }
}
