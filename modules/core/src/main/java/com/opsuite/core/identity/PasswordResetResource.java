package com.opsuite.core.identity;

import com.opsuite.core.api.PlatformApi;
import com.opsuite.core.tenancy.TenantRef;
import com.opsuite.core.tenancy.TenantRegistry;
import com.opsuite.core.tenancy.TenantScope;
import com.opsuite.core.validation.InvalidInputException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;

/**
 * Password reset for API clients; the same as the pages' "forgot password". Asking always answers
 * 202, whether or not the tenant and the address exist.
 */
@Path("v1/auth/password-reset")
@RequestScoped
@PlatformApi
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class PasswordResetResource {

  @Inject TenantRegistry registry;
  @Inject TenantScope scope;
  @Inject PasswordResets resets;
  @Inject PublicAddress address;
  @Context UriInfo uri;

  @POST
  public Response request(ResetRequest body) {
    Optional<TenantRef> tenant =
        body == null ? Optional.empty() : registry.findActive(body.tenant());
    tenant.ifPresent(
        t ->
            scope.run(
                t,
                () ->
                    resets.request(
                        body.email(),
                        address.tenantPages(uri.getBaseUri(), t.code()),
                        t.locale())));
    return Response.accepted().build();
  }

  @POST
  @Path("confirm")
  public Response confirm(ResetConfirmation body) {
    Optional<TenantRef> tenant =
        body == null ? Optional.empty() : registry.findActive(body.tenant());
    if (tenant.isEmpty()) {
      throw InvalidInputException.of("token", "reset.tokenInvalid");
    }
    scope.run(tenant.get(), () -> resets.reset(body.token(), body.newPassword()));
    return Response.noContent().build();
  }

  /** Which account to send a link to. */
  public record ResetRequest(String tenant, String email) {}

  /** The token from the mailed link and the new password. */
  public record ResetConfirmation(String tenant, String token, String newPassword) {
    @Override
    public String toString() {
      return "ResetConfirmation[" + tenant + "]";
    }
  }
}
