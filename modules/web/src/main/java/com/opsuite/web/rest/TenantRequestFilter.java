package com.opsuite.web.rest;

import com.opsuite.core.api.PlatformApi;
import com.opsuite.core.api.ProblemResponses;
import com.opsuite.core.i18n.SupportedLocales;
import com.opsuite.core.module.ModuleRegistry;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Binds every tenant API call to its tenant, and hides a module the tenant has not enabled (404, as
 * if it did not exist). The tenant will come from the signed token (security issue); until then a
 * header, which is off unless {@code opsuite.api.tenant-header} is set (the tests set it).
 */
@Provider
@Priority(Priorities.AUTHENTICATION + 10)
public class TenantRequestFilter implements ContainerRequestFilter {

  static final String TENANT_HEADER = "X-Opsuite-Tenant";

  @Inject TenantRegistry registry;
  @Inject TenantContext context;
  @Inject TenantModules tenantModules;
  @Inject ModuleRegistry modules;
  @Inject ProblemResponses problems;

  @Inject
  @ConfigProperty(name = "opsuite.api.tenant-header", defaultValue = "false")
  boolean tenantHeaderEnabled;

  @Context ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    if (resource.getResourceClass() == null
        || resource.getResourceClass().isAnnotationPresent(PlatformApi.class)) {
      return;
    }
    Locale locale = SupportedLocales.bestMatch(request.getAcceptableLanguages().iterator());
    String code = tenantHeaderEnabled ? request.getHeaderString(TENANT_HEADER) : null;
    if (code == null || code.isBlank()) {
      request.abortWith(
          problems.problem(
              401, "about:blank", locale, "problem.noTenant.title", "problem.noTenant.detail"));
      return;
    }
    Optional<TenantRef> tenant = registry.findActive(code.strip());
    if (tenant.isEmpty()) {
      request.abortWith(
          problems.problem(404, "about:blank", locale, "problem.notFound.title", null));
      return;
    }
    context.enter(tenant.get());
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
