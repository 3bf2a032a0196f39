package com.opsuite.core.tenancy.signup;

import com.opsuite.core.api.PlatformApi;
import com.opsuite.core.tenancy.TenantRef;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Self-service signup over REST: the same rules and messages as the signup page. */
@Path("v1/signup")
@RequestScoped
@PlatformApi
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class SignupResource {

  @Inject SignupService signup;

  @POST
  @Operation(summary = "Create a tenant with its first administrator and modules")
  public Response signUp(SignupRequest request) {
    if (request == null) {
      request = new SignupRequest(null, null, null, null, null, null, null);
    }
    TenantRef tenant = signup.signUp(request);
    return Response.created(URI.create("../t/" + tenant.code() + "/"))
        .entity(new Created(tenant.code(), tenant.locale().toLanguageTag()))
        .build();
  }

  /** The new tenant. */
  public record Created(String code, String locale) {}
}
