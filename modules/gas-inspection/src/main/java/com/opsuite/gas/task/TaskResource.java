package com.opsuite.gas.task;

import com.opsuite.core.api.Caller;
import com.opsuite.core.security.RequiresPermission;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The supervisor's hand on the worklist: who does a task. */
@Path("v1/gas-inspection/tasks")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class TaskResource {

  @Inject TaskReassignment reassignment;
  @Context SecurityContext security;

  @PUT
  @Path("{id}/assignee")
  @Transactional
  @RequiresPermission("gas.inspection.assign")
  @Operation(
      summary =
          "Give an open task to another inspector; 'version' is the task's version as seen (409"
              + " if it changed)")
  public TaskInfo reassign(@PathParam("id") long id, NewAssignee body) {
    NewAssignee b = body == null ? new NewAssignee(null, null) : body;
    return TaskInfo.of(
        reassignment.reassign(id, b.assigneeId(), b.version(), Caller.name(security)));
  }

  public record NewAssignee(Long assigneeId, Long version) {}

  public record TaskInfo(
      long id,
      String kind,
      long customerId,
      long areaId,
      Long assigneeId,
      String status,
      LocalDate dueOn,
      String sourceRef,
      String closeNote,
      long version) {
    static TaskInfo of(Task t) {
      return new TaskInfo(
          t.getId(),
          t.getKind().name(),
          t.getCustomerId(),
          t.getAreaId(),
          t.getAssigneeId(),
          t.getStatus().name(),
          t.getDueOn(),
          t.getSourceRef(),
          t.getCloseNote(),
          t.getVersion());
    }
  }
}
