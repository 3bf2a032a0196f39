package com.opsuite.gas.task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The field worklist every gas feature writes to: the blacklist and the annual plan open tasks,
 * hazards open re-inspections, a failed entry opens a revisit, and an inspection closes its task.
 * Called inside the caller's transaction; queries are tenant-filtered like every other.
 */
@ApplicationScoped
public class Tasks {

  @PersistenceContext(unitName = "opsuite")
  EntityManager em;

  /**
   * Opens a task for what {@code sourceRef} names, unless one is open for it already (then that one
   * is returned unchanged): opening twice adds nothing.
   */
  public Task open(
      TaskKind kind,
      long customerId,
      long areaId,
      Long assigneeId,
      LocalDate dueOn,
      String sourceRef) {
    Optional<Task> existing = openFor(sourceRef);
    if (existing.isPresent()) {
      return existing.get();
    }
    Task task = new Task(kind, customerId, areaId, assigneeId, dueOn, sourceRef);
    em.persist(task);
    return task;
  }

  /** The open task made by this source, if any. */
  public Optional<Task> openFor(String sourceRef) {
    return em.createQuery(
            "SELECT t FROM Task t WHERE t.sourceRef = :ref AND t.status = :open", Task.class)
        .setParameter("ref", sourceRef)
        .setParameter("open", TaskStatus.OPEN)
        .getResultStream()
        .findFirst();
  }

  public Optional<Task> find(long id) {
    return Optional.ofNullable(em.find(Task.class, id));
  }

  /** Marks the task done (or cancelled) with a note; a closed task stays closed. */
  public void close(Task task, TaskStatus outcome, String note) {
    if (task.getStatus() != TaskStatus.OPEN) {
      return;
    }
    if (outcome == TaskStatus.OPEN) {
      throw new IllegalArgumentException("A task is closed as done or cancelled");
    }
    task.setStatus(outcome);
    task.setClosedAt(Instant.now());
    task.setCloseNote(note);
  }

  /**
   * The user's open tasks, by area and address as they walk them: areas by the name the inspector
   * sees on each line (their ids say only which was created first).
   */
  public List<Task> openOf(long assigneeId) {
    return em.createQuery(
            "SELECT t FROM Task t, Customer c, Area a WHERE c.id = t.customerId"
                + " AND a.id = t.areaId AND t.assigneeId = :user AND t.status = :open"
                + " ORDER BY a.name, c.address, t.id",
            Task.class)
        .setParameter("user", assigneeId)
        .setParameter("open", TaskStatus.OPEN)
        .getResultList();
  }
}
