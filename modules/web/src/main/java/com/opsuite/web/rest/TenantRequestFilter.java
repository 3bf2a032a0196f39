package com.opsuite.web.rest;

import com.opsuite.core.api.PlatformApi;
import com.opsuite.core.api.ProblemResponses;
import com.opsuite.core.i18n.SupportedLocales;
import com.opsuite.core.module.ModuleRegistry;
import com.opsuite.core.security.CallerIdentity;
import com.opsuite.core.security.CallerPermissions;
import com.opsuite.core.tenancy.TenantContext;
import com.opsuite.core.tenancy.TenantModules;
import com.opsuite.core.tenancy.TenantRef;
import com.opsuite.core.tenancy.TenantRegistry;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Binds every tenant API call to the tenant of its bearer token, never to anything in the URL or a
 * header: no token, 401; an operator's token, 403 (operators read no tenant's data); a suspended
 * tenant's token, and the token of an account deactivated or deleted since it was issued, 401. A
 * module the tenant has not enabled is hidden (404, as if it did not exist).
 */
@Provider
@Priority(Priorities.AUTHENTICATION + 10)
public class TenantRequestFilter implements ContainerRequestFilter {

  @Inject TenantRegistry registry;
  @Inject TenantContext context;
  @Inject TenantModules tenantModules;
  @Inject ModuleRegistry modules;
  @Inject ProblemResponses problems;
  @Inject CallerPermissions permissions;

  @Context ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    if (resource.getResourceClass() == null
        || resource.getResourceClass().isAnnotationPresent(PlatformApi.class)) {
      return;
    }
    Locale locale = SupportedLocales.bestMatch(request.getAcceptableLanguages().iterator());
    Optional<CallerIdentity> caller = permissions.caller();
    if (caller.isEmpty()) {
      request.abortWith(problems.unauthenticated(locale));
      return;
    }
    if (caller.get().operator()) {
      request.abortWith(problems.forbidden(locale, "problem.operatorNoTenantData"));
      return;
    }
    Optional<TenantRef> tenant = registry.findActive(caller.get().tenant());
    if (tenant.isEmpty()) {
      request.abortWith(problems.unauthenticated(locale));
      return;
    }
    context.enter(tenant.get());
    if (!permissions.accountActive()) {
      request.abortWith(problems.unauthenticated(locale));
      return;
    }
    Optional<String> module =
        moduleOf(request.getUriInfo().getPathSegments().stream().map(s -> s.getPath()).toList());
    if (module.isPresent() && !tenantModules.isEnabled(module.get())) {
      request.abortWith(
          problems.problem(404, "about:blank", locale, "problem.notFound.title", null));
    }
  }

  /**
   * {@code v1/{module}/...}: the module whose API this is, if the segment names an installed one.
   */
  private Optional<String> moduleOf(List<String> segments) {
    if (segments.size() < 2) {
      return Optional.empty();
    }
    return modules.find(segments.get(1)).map(m -> m.id());
  }
}
