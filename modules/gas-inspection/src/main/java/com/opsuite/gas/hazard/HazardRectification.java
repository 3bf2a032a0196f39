package com.opsuite.gas.hazard;

import com.opsuite.core.audit.AuditLog;
import com.opsuite.core.identity.UserAccount;
import com.opsuite.core.tenancy.TenantBound;
import com.opsuite.gas.inspection.CheckItem;
import com.opsuite.gas.inspection.Inspection;
import com.opsuite.gas.problem.GasRefusedException;
import com.opsuite.gas.registry.Customer;
import com.opsuite.gas.task.Task;
import com.opsuite.gas.task.TaskKind;
import com.opsuite.gas.task.TaskStatus;
import com.opsuite.gas.task.Tasks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.EnumSet;
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
  private static final Set<HazardStatus> AWAITING =
      EnumSet.of(HazardStatus.NOTICE_ISSUED, HazardStatus.REINSPECTION, HazardStatus.ESCALATED);

  @PersistenceContext EntityManager em;
  @Inject Tasks tasks;
  @Inject AuditLog audit;

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
        items);
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
      closeHazard(hazard, text);
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
    closeHazard(hazard, text);
    em.flush();
    audit.record(by, "gas.hazard.closed", "hazard:" + id, null, text);
    return hazard;
  }

  private void closeHazard(Hazard hazard, String note) {
    hazard.setStatus(HazardStatus.CLOSED);
    hazard.setClosedAt(Instant.now());
    if (hazard.getReinspectionTaskId() == null) {
      return;
    }
    long stillOpen =
        em.createQuery(
                "SELECT COUNT(h) FROM Hazard h WHERE h.reinspectionTaskId = :task"
                    + " AND h.status <> :closed AND h.id <> :id",
                Long.class)
            .setParameter("task", hazard.getReinspectionTaskId())
            .setParameter("closed", HazardStatus.CLOSED)
            .setParameter("id", hazard.getId())
            .getSingleResult();
    if (stillOpen == 0) {
      tasks
          .find(hazard.getReinspectionTaskId())
          .ifPresent(t -> tasks.close(t, TaskStatus.DONE, note));
    }
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
