package com.opsuite.online.credential;

import com.opsuite.core.api.Caller;
import com.opsuite.core.security.RequiresPermission;
import com.opsuite.online.platform.PlatformReaders;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A platform's account credential. Its status is for every user of the module; storing it needs
 * {@code online.platform.manage}; reading it back needs {@code online.credential.reveal}, and each
 * reveal is audited. The plain password is only ever in a reveal's answer, which is not cached.
 */
@Path("v1/online-ops/platforms/{id}/credential")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class CredentialsResource {

  @Inject Credentials credentials;
  @Inject PlatformReaders readers;
  @Context SecurityContext security;

  @GET
  @Transactional
  @Operation(summary = "Whether the platform has a credential, when and by whom it was stored")
  public Credentials.Status status(@PathParam("id") long id) {
    readers.requireRead();
    return credentials.status(id);
  }

  @PUT
  @Transactional
  @RequiresPermission(PlatformReaders.MANAGE)
  @Operation(summary = "Store or replace the account and password, encrypted; audited")
  public Credentials.Status set(@PathParam("id") long id, CredentialForm body) {
    return credentials.set(id, CredentialForm.orEmpty(body), Caller.name(security));
  }

  @DELETE
  @Transactional
  @RequiresPermission(PlatformReaders.MANAGE)
  @Operation(summary = "Forget the credential; audited")
  public Credentials.Status remove(@PathParam("id") long id) {
    credentials.remove(id, Caller.name(security));
    return credentials.status(id);
  }

  @POST
  @Path("reveal")
  @Transactional
  @RequiresPermission(PlatformReaders.REVEAL)
  @Operation(summary = "The account and password in plain text; each reveal is audited")
  public Response reveal(@PathParam("id") long id) {
    CacheControl noStore = new CacheControl();
    noStore.setNoStore(true);
    noStore.setNoCache(true);
    return Response.ok(credentials.reveal(id, Caller.name(security)))
        .cacheControl(noStore)
        .header("Pragma", "no-cache")
        .build();
  }
}
