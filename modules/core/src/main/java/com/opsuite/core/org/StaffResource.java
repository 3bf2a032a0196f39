package com.opsuite.core.org;

import com.opsuite.core.api.Caller;
import com.opsuite.core.security.CallerIdentity;
import com.opsuite.core.security.CallerPermissions;
import com.opsuite.core.security.CorePermissions;
import com.opsuite.core.security.RequiresPermission;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The staff, their positions, and the reporting lines through them. Reads are limited to the
 * caller's data scope: a role limited to the department sees that department's subtree only.
 */
@Path("v1/core/org/staff")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class StaffResource {

  @Inject Staff staff;
  @Inject ReportingLines lines;
  @Inject OrgScope scope;
  @Inject CallerPermissions permissions;
  @Context SecurityContext security;

  @GET
  @Transactional
  @RequiresPermission(CorePermissions.ORG_READ)
  @Operation(summary = "The staff within the caller's data scope")
  public List<StaffInfo> list() {
    return scope.staffReached(CorePermissions.ORG_READ, staff.all()).stream()
        .map(StaffInfo::of)
        .toList();
  }

  @GET
  @Path("{id}")
  @Transactional
  @RequiresPermission(CorePermissions.ORG_READ)
  public StaffInfo get(@PathParam("id") long id) {
    return StaffInfo.of(reachable(id));
  }

  @POST
  @Transactional
  @RequiresPermission(CorePermissions.ORG_MANAGE)
  @Operation(summary = "Add a staff member, with or without a login")
  public Response create(StaffBody body) {
    StaffMember m = staff.create(draft(body), Caller.name(security));
    return Response.created(URI.create("staff/" + m.getId())).entity(StaffInfo.of(m)).build();
  }

  @PUT
  @Path("{id}")
  @Transactional
  @RequiresPermission(CorePermissions.ORG_MANAGE)
  @Operation(summary = "Change a staff member; refused when the version is stale")
  public StaffInfo change(@PathParam("id") long id, StaffBody body) {
    staff.find(id).orElseThrow(NotFoundException::new);
    Long version = body == null ? null : body.version();
    return StaffInfo.of(staff.change(id, draft(body), version, Caller.name(security)));
  }

  @PUT
  @Path("{id}/active")
  @Transactional
  @RequiresPermission(CorePermissions.ORG_MANAGE)
  @Operation(summary = "Mark as left (false: assignments end yesterday) or back (true)")
  public StaffInfo setActive(@PathParam("id") long id, boolean active) {
    staff.find(id).orElseThrow(NotFoundException::new);
    staff.setActive(id, active, Caller.name(security));
    return StaffInfo.of(staff.find(id).orElseThrow());
  }

  @GET
  @Path("{id}/assignments")
  @Transactional
  @RequiresPermission(CorePermissions.ORG_READ)
  public List<AssignmentInfo> assignments(@PathParam("id") long id) {
    reachable(id);
    return staff.assignmentsOf(id).stream().map(AssignmentInfo::of).toList();
  }

  @POST
  @Path("{id}/assignments")
  @Transactional
  @RequiresPermission(CorePermissions.ORG_MANAGE)
  @Operation(summary = "Give the staff member a position for a period; acting needs an end")
  public Response assign(@PathParam("id") long id, AssignmentBody body) {
    staff.find(id).orElseThrow(NotFoundException::new);
    AssignmentBody b = body == null ? new AssignmentBody(null, null, null, false) : body;
    if (b.positionId() == null) {
      throw OrgUnits.invalid("positionId", "org.required");
    }
    Assignment a =
        staff.assign(
            id, b.positionId(), b.startsOn(), b.endsOn(), b.acting(), Caller.name(security));
    return Response.created(URI.create("staff/" + id + "/assignments/" + a.getId()))
        .entity(AssignmentInfo.of(a))
        .build();
  }

  @PUT
  @Path("{id}/assignments/{assignment}/end")
  @Transactional
  @RequiresPermission(CorePermissions.ORG_MANAGE)
  @Operation(summary = "End an assignment on the given day (inclusive)")
  public AssignmentInfo end(
      @PathParam("id") long id, @PathParam("assignment") long assignment, LocalDate endsOn) {
    staff.find(id).orElseThrow(NotFoundException::new);
    if (staff.assignmentsOf(id).stream().noneMatch(a -> a.getId() == assignment)) {
      throw new NotFoundException();
    }
    return AssignmentInfo.of(staff.end(assignment, endsOn, Caller.name(security)));
  }

  @GET
  @Path("{id}/managers")
  @Transactional
  @RequiresPermission(CorePermissions.ORG_READ)
  @Operation(summary = "Who the staff member reports to on the day (today by default)")
  public List<StaffInfo> managers(@PathParam("id") long id, @QueryParam("on") LocalDate on) {
    reachable(id);
    return lines.managersOf(id, day(on)).stream().map(StaffInfo::of).toList();
  }

  @GET
  @Path("{id}/department-heads")
  @Transactional
  @RequiresPermission(CorePermissions.ORG_READ)
  public List<StaffInfo> departmentHeads(@PathParam("id") long id, @QueryParam("on") LocalDate on) {
    reachable(id);
    return lines.departmentHeadsOf(id, day(on)).stream().map(StaffInfo::of).toList();
  }

  @GET
  @Path("{id}/team")
  @Transactional
  @RequiresPermission(CorePermissions.ORG_READ)
  @Operation(summary = "Everyone under the staff member, at any depth")
  public List<StaffInfo> team(@PathParam("id") long id, @QueryParam("on") LocalDate on) {
    reachable(id);
    return lines.staff(lines.everyoneUnder(id, day(on))).stream().map(StaffInfo::of).toList();
  }

  @GET
  @Path("me/team")
  @Transactional
  @Operation(summary = "Everyone under the caller; empty when the caller is not on the staff")
  public List<StaffInfo> myTeam() {
    return permissions
        .caller()
        .map(CallerIdentity::accountId)
        .flatMap(lines::staffOfUser)
        .map(me -> lines.staff(lines.everyoneUnder(me.getId(), LocalDate.now())))
        .orElse(List.of())
        .stream()
        .map(StaffInfo::of)
        .toList();
  }

  /** The member, if the caller's data scope reaches them; 404 otherwise, as for a stranger. */
  private StaffMember reachable(long id) {
    StaffMember member = staff.find(id).orElseThrow(NotFoundException::new);
    if (scope.staffReached(CorePermissions.ORG_READ, List.of(member)).isEmpty()) {
      throw new NotFoundException();
    }
    return member;
  }

  private static LocalDate day(LocalDate on) {
    return on == null ? LocalDate.now() : on;
  }

  private static StaffDraft draft(StaffBody b) {
    return b == null
        ? new StaffDraft(null, null, null, null, null)
        : new StaffDraft(b.name(), b.employeeNo(), b.email(), b.phone(), b.userId());
  }

  public record StaffInfo(
      long id,
      String name,
      String employeeNo,
      String email,
      String phone,
      Long userId,
      boolean active,
      long version) {
    static StaffInfo of(StaffMember m) {
      return new StaffInfo(
          m.getId(),
          m.getName(),
          m.getEmployeeNo(),
          m.getEmail(),
          m.getPhone(),
          m.getUserId(),
          m.isActive(),
          m.getVersion());
    }
  }

  public record StaffBody(
      String name, String employeeNo, String email, String phone, Long userId, Long version) {}

  public record AssignmentBody(
      Long positionId, LocalDate startsOn, LocalDate endsOn, boolean acting) {}

  public record AssignmentInfo(
      long id,
      long staffId,
      long positionId,
      LocalDate startsOn,
      LocalDate endsOn,
      boolean acting) {
    static AssignmentInfo of(Assignment a) {
      return new AssignmentInfo(
          a.getId(),
          a.getStaffId(),
          a.getPositionId(),
          a.getStartsOn(),
          a.getEndsOn(),
          a.isActing());
    }
  }
}
