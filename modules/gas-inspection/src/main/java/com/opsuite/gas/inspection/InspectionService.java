package com.opsuite.gas.inspection;

import com.opsuite.core.identity.UserAccount;
import com.opsuite.core.tenancy.TenantBound;
import com.opsuite.gas.registry.Customer;
import com.opsuite.gas.registry.Inspector;
import com.opsuite.gas.registry.Meter;
import com.opsuite.gas.task.Task;
import com.opsuite.gas.task.TaskKind;
import com.opsuite.gas.task.TaskStatus;
import com.opsuite.gas.task.Tasks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * An inspection from start to outcome: started from the inspector's task (or its draft resumed),
 * saved as a draft as the inspector goes, then completed with the customer's signature (each failed
 * item a hazard) or recorded as a failed entry (a revisit scheduled). Only the inspector who
 * started it changes it, and only while it is a draft; each change locks the row, so a save, an
 * upload and the completion never interleave.
 *
 * <p>Completion requires every checklist item answered, at least one photo of each failed item (the
 * proof a hazard notice rests on) and the customer's signature.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class InspectionService {

  static final int MAX_NOTE = 500;
  static final int MAX_NOTES = 2000;

  @PersistenceContext(unitName = "opsuite")
  EntityManager em;

  @Inject Tasks tasks;
  @Inject Event<InspectionCompleted> completed;

  @Inject
  @ConfigProperty(name = "opsuite.gas.inspection.revisit-days", defaultValue = "3")
  int revisitDays;

  /** What starting gave: the inspection, and whether it is new (else a resumed draft). */
  public record Started(Inspection inspection, boolean created) {}

  /** Starts the inspection of the user's task, or resumes its draft. */
  public Started start(long taskId, long userId) {
    // Locked, so that two taps on the same task never make two drafts.
    Task task = em.find(Task.class, taskId, LockModeType.PESSIMISTIC_WRITE);
    if (task == null) {
      throw InspectionRefused.notFound();
    }
    if (!Objects.equals(task.getAssigneeId(), userId)) {
      throw InspectionRefused.forbidden("inspection.refused.notYourTask");
    }
    Optional<Inspection> draft = draftOf(taskId);
    if (draft.isPresent()) {
      return new Started(draft.get(), false);
    }
    if (task.getStatus() != TaskStatus.OPEN) {
      throw InspectionRefused.conflict("inspection.refused.taskClosed");
    }
    Inspector inspector = em.find(Inspector.class, userId);
    if (inspector == null || !inspector.isActive()) {
      throw InspectionRefused.forbidden("inspection.refused.notInspector");
    }
    Inspection inspection =
        new Inspection(taskId, task.getCustomerId(), userId, inspector.getBadgeNo());
    em.persist(inspection);
    em.flush();
    return new Started(inspection, true);
  }

  public Optional<Inspection> draftOf(long taskId) {
    return em.createQuery(
            "SELECT i FROM Inspection i WHERE i.taskId = :task AND i.status = :draft",
            Inspection.class)
        .setParameter("task", taskId)
        .setParameter("draft", InspectionStatus.DRAFT)
        .getResultStream()
        .findFirst();
  }

  /** The inspection; 404 for an id this tenant does not have. */
  public Inspection get(long id) {
    Inspection inspection = em.find(Inspection.class, id);
    if (inspection == null) {
      throw InspectionRefused.notFound();
    }
    return inspection;
  }

  /** The inspection locked for a change by its inspector while it is a draft. */
  public Inspection editable(long id, long userId) {
    Inspection inspection = em.find(Inspection.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (inspection == null) {
      throw InspectionRefused.notFound();
    }
    if (inspection.getInspectorId() != userId) {
      throw InspectionRefused.forbidden("inspection.refused.notYours");
    }
    if (inspection.getStatus() != InspectionStatus.DRAFT) {
      throw InspectionRefused.conflict("inspection.refused.finished");
    }
    return inspection;
  }

  /** Replaces the draft's answers, notes and location by the given ones. */
  public Inspection saveDraft(long id, Draft draft, long userId) {
    if (draft == null || draft.version() == null) {
      throw InspectionRefused.invalid("inspection.refused.versionRequired");
    }
    Map<String, Answer> answers = checked(draft.items());
    if (draft.notes() != null && draft.notes().length() > MAX_NOTES) {
      throw InspectionRefused.invalid("inspection.refused.notesTooLong", MAX_NOTES);
    }
    checkLocation(draft);
    Inspection inspection = editable(id, userId);
    requireVersion(inspection, draft.version());
    Map<String, InspectionItem> existing =
        items(id).stream()
            .collect(Collectors.toMap(InspectionItem::getItemCode, Function.identity()));
    for (InspectionItem item : existing.values()) {
      if (!answers.containsKey(item.getItemCode())) {
        em.remove(item);
      }
    }
    for (Answer answer : answers.values()) {
      InspectionItem item = existing.get(answer.code());
      if (item == null) {
        item = new InspectionItem(id, answer.code(), answer.result());
        em.persist(item);
      }
      item.setResult(answer.result());
      item.setNote(blankToNull(answer.note()));
    }
    inspection.setNotes(blankToNull(draft.notes()));
    if (draft.latitude() != null) {
      inspection.setLatitude(draft.latitude());
      inspection.setLongitude(draft.longitude());
      inspection.setLocationAccuracyM(draft.accuracyMetres());
    }
    inspection.setSavedAt(Instant.now());
    em.flush();
    return inspection;
  }

  public List<InspectionItem> items(long inspectionId) {
    return em.createQuery(
            "SELECT i FROM InspectionItem i WHERE i.inspectionId = :id ORDER BY i.itemCode",
            InspectionItem.class)
        .setParameter("id", inspectionId)
        .getResultList();
  }

  /**
   * Completes the inspection and tells the module ({@link InspectionCompleted}): what it found
   * becomes hazards, a re-inspection settles its notice, and the task is done.
   */
  public Inspection complete(long id, Long version, long userId) {
    Inspection inspection = editable(id, userId);
    if (version != null) {
      requireVersion(inspection, version);
    }
    List<InspectionItem> items = items(id);
    Set<String> answered =
        items.stream().map(InspectionItem::getItemCode).collect(Collectors.toSet());
    long unanswered =
        List.of(CheckItem.values()).stream().filter(c -> !answered.contains(c.code())).count();
    if (unanswered > 0) {
      throw InspectionRefused.unacceptable("inspection.refused.unanswered", unanswered);
    }
    List<EvidenceInfo> evidence = evidence(id);
    Set<String> photographed =
        evidence.stream()
            .filter(e -> e.kind() == EvidenceKind.PHOTO && e.itemCode() != null)
            .map(EvidenceInfo::itemCode)
            .collect(Collectors.toSet());
    List<InspectionItem> failed =
        items.stream().filter(i -> i.getResult() == ItemResult.FAIL).toList();
    for (InspectionItem item : failed) {
      if (!photographed.contains(item.getItemCode())) {
        throw InspectionRefused.unacceptable(
            "inspection.refused.photoMissing",
            new InspectionTexts.Key(CheckItem.ofCode(item.getItemCode()).labelKey()));
      }
    }
    if (evidence.stream().noneMatch(e -> e.kind() == EvidenceKind.SIGNATURE)) {
      throw InspectionRefused.unacceptable("inspection.refused.signatureMissing");
    }
    finish(inspection, InspectionStatus.COMPLETED);
    Optional<Task> task = taskOf(inspection);
    // A re-inspection's task is done only once its notice is rectified, which the hazard register
    // decides on the event below; any other visit is done by being made.
    task.filter(t -> t.getKind() != TaskKind.REINSPECTION)
        .ifPresent(t -> tasks.close(t, TaskStatus.DONE, "inspection:" + id));
    UserAccount inspector = em.find(UserAccount.class, userId);
    completed.fire(
        new InspectionCompleted(
            id,
            inspection.getCustomerId(),
            userId,
            inspector == null ? String.valueOf(userId) : inspector.getEmail(),
            inspection.getTaskId(),
            task.map(Task::getKind).orElse(null),
            inspection.getFinishedAt(),
            items.stream()
                .map(
                    i ->
                        new InspectionCompleted.Finding(
                            i.getItemCode(), i.getResult(), i.getNote()))
                .toList()));
    em.flush();
    return inspection;
  }

  /**
   * Records that the inspector could not get in, and schedules a revisit of the customer for the
   * same inspector a few days later (the seed's 入户安全检查制度: no one home means coming again).
   */
  public Inspection entryFailed(
      long id, EntryFailure reason, String note, Long version, long userId) {
    if (reason == null) {
      throw InspectionRefused.invalid("inspection.refused.reasonRequired");
    }
    if (reason == EntryFailure.OTHER && (note == null || note.isBlank())) {
      throw InspectionRefused.invalid("inspection.refused.reasonNoteRequired");
    }
    if (note != null && note.length() > MAX_NOTE) {
      throw InspectionRefused.invalid("inspection.refused.noteTooLong", MAX_NOTE);
    }
    Inspection inspection = editable(id, userId);
    if (version != null) {
      requireVersion(inspection, version);
    }
    inspection.setEntryFailure(reason);
    inspection.setEntryFailureNote(blankToNull(note));
    finish(inspection, InspectionStatus.ENTRY_FAILED);
    Optional<Task> task = taskOf(inspection);
    long areaId =
        task.map(Task::getAreaId)
            .orElseGet(() -> em.find(Customer.class, inspection.getCustomerId()).getAreaId());
    task.ifPresent(t -> tasks.close(t, TaskStatus.DONE, "entry-failed:" + reason));
    tasks.open(
        TaskKind.REVISIT,
        inspection.getCustomerId(),
        areaId,
        userId,
        LocalDate.now().plusDays(revisitDays),
        "revisit:" + id);
    em.flush();
    return inspection;
  }

  /** When the revisit a failed entry scheduled is due, if it is still open. */
  public Optional<LocalDate> revisitDue(long inspectionId) {
    return tasks.openFor("revisit:" + inspectionId).map(Task::getDueOn);
  }

  /** The inspection's evidence without the bytes, oldest first. */
  public List<EvidenceInfo> evidence(long inspectionId) {
    return em.createQuery(
            "SELECT NEW com.opsuite.gas.inspection.EvidenceInfo(e.id, e.itemCode, e.kind,"
                + " e.contentType, e.sizeBytes, e.sha256, e.uploadedBy, e.uploadedAt)"
                + " FROM Evidence e WHERE e.inspectionId = :id ORDER BY e.id",
            EvidenceInfo.class)
        .setParameter("id", inspectionId)
        .getResultList();
  }

  public Customer customer(long customerId) {
    return em.find(Customer.class, customerId);
  }

  /** The customer's active meter, if the registry has one. */
  public Optional<Meter> meterOf(long customerId) {
    return em.createQuery(
            "SELECT m FROM Meter m WHERE m.customerId = :c AND m.active = true ORDER BY m.id",
            Meter.class)
        .setParameter("c", customerId)
        .getResultStream()
        .findFirst();
  }

  private Optional<Task> taskOf(Inspection inspection) {
    return inspection.getTaskId() == null
        ? Optional.empty()
        : Optional.ofNullable(
            em.find(Task.class, inspection.getTaskId(), LockModeType.PESSIMISTIC_WRITE));
  }

  private static void finish(Inspection inspection, InspectionStatus outcome) {
    Instant now = Instant.now();
    inspection.setStatus(outcome);
    inspection.setFinishedAt(now);
    inspection.setSavedAt(now);
  }

  private static void requireVersion(Inspection inspection, long version) {
    if (inspection.getVersion() != version) {
      throw InspectionRefused.conflict("inspection.refused.stale");
    }
  }

  private static Map<String, Answer> checked(List<Answer> items) {
    Map<String, Answer> answers = new HashMap<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Answer answer : items == null ? new ArrayList<Answer>() : items) {
      if (answer == null || CheckItem.ofCode(answer.code()) == null) {
        throw InspectionRefused.invalid(
            "inspection.refused.unknownItem", answer == null ? null : answer.code());
      }
      if (answer.result() == null) {
        throw InspectionRefused.invalid("inspection.refused.resultRequired", answer.code());
      }
      if (!seen.add(answer.code())) {
        throw InspectionRefused.invalid("inspection.refused.duplicateItem", answer.code());
      }
      if (answer.note() != null && answer.note().length() > MAX_NOTE) {
        throw InspectionRefused.invalid("inspection.refused.noteTooLong", MAX_NOTE);
      }
      answers.put(answer.code(), answer);
    }
    return answers;
  }

  private static void checkLocation(Draft draft) {
    BigDecimal lat = draft.latitude();
    BigDecimal lng = draft.longitude();
    if (lat == null && lng == null) {
      return;
    }
    if (lat == null
        || lng == null
        || lat.abs().compareTo(BigDecimal.valueOf(90)) > 0
        || lng.abs().compareTo(BigDecimal.valueOf(180)) > 0
        || (draft.accuracyMetres() != null && draft.accuracyMetres().signum() < 0)) {
      throw InspectionRefused.invalid("inspection.refused.location");
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
