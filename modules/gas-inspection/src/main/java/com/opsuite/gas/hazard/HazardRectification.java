package com.opsuite.gas.hazard;

import com.opsuite.core.audit.AuditLog;
import com.opsuite.core.identity.UserAccount;
import com.opsuite.core.security.CallerIdentity;
import com.opsuite.core.security.CallerPermissions;
import com.opsuite.core.tenancy.TenantBound;
import com.opsuite.gas.inspection.CheckItem;
import com.opsuite.gas.inspection.Inspection;
import com.opsuite.gas.inspection.InspectionCompleted;
import com.opsuite.gas.inspection.ItemResult;
import com.opsuite.gas.problem.GasRefusedException;
import com.opsuite.gas.registry.Customer;
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
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A hazard's way to rectification: a notice with a deadline for all open hazards of an inspection,
 * a re-inspection task for the inspector who found them, due on the deadline, and the result of the
 * re-inspection. The task is done once every hazard of its notice is closed.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class HazardRectification {

  static final int MAX_NOTE = 500;
  static final int MAX_DEADLINE_DAYS = 365;
  private static final Comparator<String> ITEM_ORDER =
      Comparator.comparing(HazardRectification::order);
  private static final Set<HazardStatus> AWAITING =
      EnumSet.of(HazardStatus.NOTICE_ISSUED, HazardStatus.REINSPECTION, HazardStatus.ESCALATED);

  @PersistenceContext EntityManager em;
  @Inject Tasks tasks;
  @Inject AuditLog audit;
  @Inject CallerPermissions permissions;
  @Inject Event<RectificationFinished> finished;

  /** Hazards by status (null: all), optionally only those past their deadline, newest first. */
  public List<Hazard> list(HazardStatus status, boolean overdueOnly, LocalDate today) {
    StringBuilder jpql = new StringBuilder("SELECT h FROM Hazard h WHERE 1 = 1");
    if (status != null) {
      jpql.append(" AND h.status = :status");
    }
    if (overdueOnly) {
      jpql.append(" AND h.deadlineOn < :today AND h.status IN :awaiting");
    }
    var query =
        em.createQuery(jpql + " ORDER BY h.createdAt DESC, h.id DESC", Hazard.class)
            .setMaxResults(500);
    if (status != null) {
      query.setParameter("status", status);
    }
    if (overdueOnly) {
      query.setParameter("today", today).setParameter("awaiting", AWAITING);
    }
    return query.getResultList();
  }

  /** A hazard with its customer, as lists show it. */
  public record Listed(Hazard hazard, Customer customer) {}

  /**
   * {@link #list} with each hazard's customer, the customers read in one query for the whole list
   * (a find per hazard was one statement per row).
   */
  public List<Listed> listed(HazardStatus status, boolean overdueOnly, LocalDate today) {
    List<Hazard> hazards = list(status, overdueOnly, today);
    Map<Long, Customer> customers = customersOf(hazards);
    return hazards.stream().map(h -> new Listed(h, customers.get(h.getCustomerId()))).toList();
  }

  private Map<Long, Customer> customersOf(List<Hazard> hazards) {
    List<Long> ids = hazards.stream().map(Hazard::getCustomerId).distinct().toList();
    if (ids.isEmpty()) {
      return Map.of();
    }
    return em.createQuery("SELECT c FROM Customer c WHERE c.id IN :ids", Customer.class)
        .setParameter("ids", ids)
        .getResultStream()
        .collect(Collectors.toMap(Customer::getId, Function.identity()));
  }

  public Listed listed(long id) {
    Hazard h = find(id);
    return new Listed(h, em.find(Customer.class, h.getCustomerId()));
  }

  public Hazard find(long id) {
    Hazard hazard = em.find(Hazard.class, id);
    if (hazard == null) {
      throw GasRefusedException.notFound();
    }
    return hazard;
  }

  /**
   * Issues one notice for every open hazard of the inspection and opens the re-inspection task. The
   * notice number is made from the day and the first hazard, so it is unique in the tenant.
   */
  public RectificationNotice issue(
      long inspectionId, LocalDate deadlineOn, LocalDate today, String by) {
    Inspection inspection = em.find(Inspection.class, inspectionId);
    if (inspection == null) {
      throw GasRefusedException.notFound();
    }
    if (deadlineOn == null) {
      throw GasRefusedException.invalid("deadlineOn", "hazard.deadline.required");
    }
    if (!deadlineOn.isAfter(today) || deadlineOn.isAfter(today.plusDays(MAX_DEADLINE_DAYS))) {
      throw GasRefusedException.invalid("deadlineOn", "hazard.deadline.range", MAX_DEADLINE_DAYS);
    }
    List<Hazard> open =
        em.createQuery(
                "SELECT h FROM Hazard h WHERE h.inspectionId = :inspection AND h.status = :open"
                    + " ORDER BY h.id",
                Hazard.class)
            .setParameter("inspection", inspectionId)
            .setParameter("open", HazardStatus.OPEN)
            .getResultList();
    if (open.isEmpty()) {
      throw GasRefusedException.conflict("hazard.notice.nothingOpen");
    }
    Hazard first = open.get(0);
    String noticeNo = "ZG" + today.format(DateTimeFormatter.BASIC_ISO_DATE) + "-" + first.getId();
    Customer customer = em.find(Customer.class, inspection.getCustomerId());
    Task task =
        tasks.open(
            TaskKind.REINSPECTION,
            customer.getId(),
            customer.getAreaId(),
            inspection.getInspectorId(),
            deadlineOn,
            "hazard:" + first.getId());
    em.flush();
    Instant now = Instant.now();
    for (Hazard hazard : open) {
      hazard.setStatus(HazardStatus.NOTICE_ISSUED);
      hazard.setNoticeNo(noticeNo);
      hazard.setNoticeIssuedAt(now);
      hazard.setDeadlineOn(deadlineOn);
      hazard.setReinspectionTaskId(task.getId());
    }
    em.flush();
    audit.record(
        by,
        "gas.hazard.notice",
        "notice:" + noticeNo,
        null,
        open.size() + " item(s) by " + deadlineOn + ", task " + task.getId());
    return notice(noticeNo);
  }

  /** The notice as issued, with where each of its items stands now. */
  public RectificationNotice notice(String noticeNo) {
    List<Hazard> hazards =
        em.createQuery("SELECT h FROM Hazard h WHERE h.noticeNo = :no ORDER BY h.id", Hazard.class)
            .setParameter("no", noticeNo)
            .getResultList();
    if (hazards.isEmpty()) {
      throw GasRefusedException.notFound();
    }
    Hazard first = hazards.get(0);
    Inspection inspection = em.find(Inspection.class, first.getInspectionId());
    Customer customer = em.find(Customer.class, first.getCustomerId());
    UserAccount inspector = em.find(UserAccount.class, inspection.getInspectorId());
    List<RectificationNotice.Item> items =
        hazards.stream()
            .sorted(Comparator.comparing(h -> order(h.getItemCode())))
            .map(
                h ->
                    new RectificationNotice.Item(
                        h.getId(),
                        h.getItemCode(),
                        labelKey(h.getItemCode()),
                        h.getDescription(),
                        h.getStatus()))
            .toList();
    return new RectificationNotice(
        noticeNo,
        first.getNoticeIssuedAt(),
        first.getDeadlineOn(),
        inspection.getId(),
        customer.getId(),
        customer.getCustomerNo(),
        customer.getName(),
        customer.getAddress(),
        inspector == null ? null : inspector.getDisplayName(),
        inspection.getBadgeNo(),
        first.getReinspectionTaskId(),
        items,
        closedAt(hazards));
  }

  /**
   * Records a re-inspection: rectified closes the hazard (and the task once its notice is all
   * closed); not rectified leaves it waiting for the deadline, after which it is escalated.
   */
  public Hazard reinspect(long id, boolean rectified, String note, Long version, String by) {
    Hazard hazard = current(id, version);
    if (!AWAITING.contains(hazard.getStatus())) {
      throw GasRefusedException.conflict("hazard.notAwaiting");
    }
    String text = note(note);
    if (rectified) {
      closeHazard(hazard, by, text, null, null);
    } else if (hazard.getStatus() == HazardStatus.NOTICE_ISSUED) {
      hazard.setStatus(HazardStatus.REINSPECTION);
    }
    em.flush();
    audit.record(
        by,
        rectified ? "gas.hazard.rectified" : "gas.hazard.notRectified",
        "hazard:" + id,
        null,
        text);
    return hazard;
  }

  /**
   * Settles the notice a re-inspection done through the inspection flow was for: each of its
   * hazards still waiting is closed when its item now passes (or no longer applies) and stays
   * waiting when it fails again, as {@link #reinspect} would record it. The task is done once the
   * notice is all closed; with nothing left waiting it is done at once.
   *
   * @return the items of the notice that still fail: they stay on it rather than become new hazards
   */
  public Set<String> settle(InspectionCompleted done) {
    List<Hazard> waiting =
        em.createQuery(
                "SELECT h FROM Hazard h WHERE h.reinspectionTaskId = :task"
                    + " AND h.status IN :awaiting ORDER BY h.id",
                Hazard.class)
            .setParameter("task", done.taskId())
            .setParameter("awaiting", AWAITING)
            .getResultList();
    Map<String, InspectionCompleted.Finding> findings =
        done.findings().stream()
            .collect(Collectors.toMap(InspectionCompleted.Finding::itemCode, Function.identity()));
    Set<String> stillFailing = new HashSet<>();
    for (Hazard hazard : waiting) {
      InspectionCompleted.Finding finding = findings.get(hazard.getItemCode());
      if (finding == null || finding.result() == ItemResult.FAIL) {
        stillFailing.add(hazard.getItemCode());
        if (hazard.getStatus() == HazardStatus.NOTICE_ISSUED) {
          hazard.setStatus(HazardStatus.REINSPECTION);
        }
        audit.record(
            done.inspectorName(),
            "gas.hazard.notRectified",
            "hazard:" + hazard.getId(),
            null,
            "inspection " + done.inspectionId());
      } else {
        closeHazard(
            hazard,
            done.inspectorName(),
            note(finding.note()),
            done.inspectionId(),
            done.inspectorId());
        audit.record(
            done.inspectorName(),
            "gas.hazard.rectified",
            "hazard:" + hazard.getId(),
            null,
            "inspection " + done.inspectionId());
      }
    }
    if (waiting.isEmpty()) {
      tasks
          .find(done.taskId())
          .ifPresent(t -> tasks.close(t, TaskStatus.DONE, "inspection:" + done.inspectionId()));
    }
    em.flush();
    return stillFailing;
  }

  /** Closes a hazard without a visit, e.g. rectification shown by photo; the note says how. */
  public Hazard close(long id, String note, Long version, String by) {
    Hazard hazard = current(id, version);
    if (hazard.getStatus() == HazardStatus.CLOSED) {
      throw GasRefusedException.conflict("hazard.alreadyClosed");
    }
    String text = note(note);
    if (text == null) {
      throw GasRefusedException.invalid("note", "hazard.note.required");
    }
    closeHazard(hazard, by, text, null, null);
    em.flush();
    audit.record(by, "gas.hazard.closed", "hazard:" + id, null, text);
    return hazard;
  }

  /**
   * Closes the hazard; when it was the last open one of its notice (or it had none), the
   * rectification is finished: the re-inspection task is done and {@link RectificationFinished}
   * tells the module. {@code performerId} is who did the work, when a re-inspection shows it;
   * otherwise the signed-in user.
   */
  private void closeHazard(
      Hazard hazard, String by, String note, Long inspectionId, Long performerId) {
    // The notice's hazards locked in id order, so that two closing its last two items at once
    // take turns and the second sees the first's: exactly one finishes the rectification. Pending
    // changes are written first, as the locking read refreshes what it reads.
    em.flush();
    List<Hazard> rectified =
        hazard.getNoticeNo() == null
            ? List.of(hazard)
            : em.createQuery(
                    "SELECT h FROM Hazard h WHERE h.noticeNo = :no ORDER BY h.id", Hazard.class)
                .setParameter("no", hazard.getNoticeNo())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    if (hazard.getStatus() == HazardStatus.CLOSED) {
      throw GasRefusedException.conflict("hazard.alreadyClosed");
    }
    Instant now = Instant.now();
    hazard.close(by, note, inspectionId, now);
    if (rectified.stream().anyMatch(h -> h.getStatus() != HazardStatus.CLOSED)) {
      return;
    }
    String ref = inspectionId != null ? "inspection:" + inspectionId : note;
    if (hazard.getReinspectionTaskId() != null) {
      tasks
          .find(hazard.getReinspectionTaskId())
          .ifPresent(t -> tasks.close(t, TaskStatus.DONE, ref));
    }
    finished.fire(
        new RectificationFinished(
            hazard.getNoticeNo() == null
                ? "hazard:" + hazard.getId()
                : "notice:" + hazard.getNoticeNo(),
            hazard.getCustomerId(),
            hazard.getNoticeNo(),
            rectified.stream().map(Hazard::getItemCode).sorted(ITEM_ORDER).toList(),
            inspectionId,
            performerId != null ? performerId : performer(hazard),
            by,
            now));
  }

  /** The signed-in user closing it, or for a caller who is none, the inspector who found it. */
  private long performer(Hazard hazard) {
    return permissions
        .caller()
        .filter(c -> !c.operator())
        .map(CallerIdentity::accountId)
        .orElseGet(() -> em.find(Inspection.class, hazard.getInspectionId()).getInspectorId());
  }

  private static Instant closedAt(List<Hazard> hazards) {
    if (hazards.stream().anyMatch(h -> h.getStatus() != HazardStatus.CLOSED)) {
      return null;
    }
    return hazards.stream()
        .map(Hazard::getClosedAt)
        .filter(java.util.Objects::nonNull)
        .max(Comparator.naturalOrder())
        .orElse(null);
  }

  private Hazard current(long id, Long version) {
    Hazard hazard = find(id);
    if (version != null && version != hazard.getVersion()) {
      throw GasRefusedException.conflict("hazard.stale");
    }
    return hazard;
  }

  private static String note(String note) {
    if (note == null || note.isBlank()) {
      return null;
    }
    if (note.strip().length() > MAX_NOTE) {
      throw GasRefusedException.invalid("note", "hazard.note.tooLong", MAX_NOTE);
    }
    return note.strip();
  }

  private static String labelKey(String code) {
    CheckItem item = CheckItem.ofCode(code);
    return item == null ? "check.unknown" : item.labelKey();
  }

  private static int order(String code) {
    CheckItem item = CheckItem.ofCode(code);
    return item == null ? Integer.MAX_VALUE : item.ordinal();
  }
}
