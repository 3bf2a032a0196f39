package com.opsuite.core.approval;

import com.opsuite.core.api.Caller;
import com.opsuite.core.security.AccessDeniedException;
import com.opsuite.core.security.CallerIdentity;
import com.opsuite.core.security.CallerPermissions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The caller's delegations: whom they let act for them on approvals, and who lets them. */
@Path("v1/core/approvals/delegations")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class DelegationsResource {

  @Inject Delegations delegations;
  @Inject CallerPermissions permissions;
  @Context SecurityContext security;

  @GET
  @Transactional
  @Operation(summary = "Delegations the caller gave or received")
  public List<DelegationInfo> list() {
    return delegations.of(me()).stream().map(DelegationInfo::of).toList();
  }

  @POST
  @Transactional
  @Operation(summary = "Let another user act for the caller on approvals from one day to another")
  public Response create(NewDelegation body) {
    NewDelegation d = body == null ? new NewDelegation(null, null, null) : body;
    Delegation created =
        delegations.create(me(), d.toUserId(), d.startsOn(), d.endsOn(), Caller.name(security));
    return Response.created(URI.create("delegations/" + created.getId()))
        .entity(DelegationInfo.of(created))
        .build();
  }

  @DELETE
  @Path("{id}")
  @Transactional
  @Operation(summary = "End a delegation the caller gave")
  public Response revoke(@PathParam("id") long id) {
    delegations.revoke(id, me(), Caller.name(security));
    return Response.noContent().build();
  }

  private long me() {
    return permissions
        .caller()
        .filter(c -> !c.operator())
        .map(CallerIdentity::accountId)
        .orElseThrow(() -> new AccessDeniedException("approvals", false));
  }

  public record NewDelegation(Long toUserId, LocalDate startsOn, LocalDate endsOn) {}

  public record DelegationInfo(
      long id,
      long fromUserId,
      long toUserId,
      LocalDate startsOn,
      LocalDate endsOn,
      boolean revoked) {
    static DelegationInfo of(Delegation d) {
      return new DelegationInfo(
          d.getId(),
          d.getFromUserId(),
          d.getToUserId(),
          d.getStartsOn(),
          d.getEndsOn(),
          d.isRevoked());
    }
  }
}
