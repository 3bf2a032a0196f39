package com.opsuite.gas.task;

import com.opsuite.core.audit.AuditLog;
import com.opsuite.core.tenancy.TenantBound;
import com.opsuite.gas.registry.Inspector;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Objects;

/**
 * A supervisor gives an open task to another inspector. The caller says which version of the task
 * they saw, so a reassignment (or a close) made meanwhile is not silently overwritten; each change
 * is in the audit log.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class TaskReassignment {

  public static final String REASSIGNED = "gas.task.reassigned";

  @PersistenceContext(unitName = "opsuite")
  EntityManager em;

  @Inject AuditLog audit;

  public Task reassign(long taskId, Long assigneeId, Long seenVersion, String by) {
    if (assigneeId == null) {
      throw new WorklistRefusedException(400, "worklist.assignee.required");
    }
    Task task = em.find(Task.class, taskId, LockModeType.PESSIMISTIC_WRITE);
    if (task == null) {
      throw WorklistRefusedException.notFound();
    }
    if (seenVersion != null && seenVersion != task.getVersion()) {
      throw new WorklistRefusedException(409, "worklist.changedMeanwhile");
    }
    if (task.getStatus() != TaskStatus.OPEN) {
      throw new WorklistRefusedException(409, "worklist.notOpen");
    }
    Inspector inspector = em.find(Inspector.class, assigneeId);
    if (inspector == null || !inspector.isActive()) {
      throw new WorklistRefusedException(400, "worklist.assignee.notInspector");
    }
    Long before = task.getAssigneeId();
    if (!Objects.equals(before, assigneeId)) {
      task.setAssigneeId(assigneeId);
      em.flush(); // the answer carries the new version
      audit.record(
          by, REASSIGNED, "gas_task/" + taskId, String.valueOf(before), assigneeId.toString());
    }
    return task;
  }
}
