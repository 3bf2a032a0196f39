package com.opsuite.gas.theft;

import com.opsuite.core.approval.ActionKind;
import com.opsuite.core.approval.Approval;
import com.opsuite.core.approval.Approvals;
import com.opsuite.core.audit.AuditLog;
import com.opsuite.core.persistence.UniqueViolation;
import com.opsuite.core.tenancy.TenantBound;
import com.opsuite.gas.inspection.Inspection;
import com.opsuite.gas.problem.GasRefusedException;
import com.opsuite.gas.registry.Customer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gas theft cases from opening to closing: the proposal (stop supply, compensation, escalation to
 * the judicial authorities) with its evidence, its review through the {@code gas.theft-case}
 * approval chain, and what was done once it was decided. Every step is a line of the case's log.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class TheftCases {

  public static final String APPROVAL_TYPE = "gas.theft-case";
  static final int MAX_DESCRIPTION = 2000;
  static final int MAX_NOTE = 1000;
  static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999.99");

  @PersistenceContext EntityManager em;
  @Inject Approvals approvals;
  @Inject AuditLog audit;

  /** What the inspector proposes; the same shape opens a case and revises one. */
  public record Proposal(
      Long customerId,
      Long inspectionId,
      TheftKind kind,
      String description,
      boolean stopSupply,
      BigDecimal compensationYuan,
      boolean escalate) {}

  public List<TheftCase> list(TheftStage stage) {
    String jpql = "SELECT t FROM TheftCase t" + (stage == null ? "" : " WHERE t.stage = :stage");
    var query = em.createQuery(jpql + " ORDER BY t.openedAt DESC, t.id DESC", TheftCase.class);
    if (stage != null) {
      query.setParameter("stage", stage);
    }
    return query.setMaxResults(500).getResultList();
  }

  /** The id of the customer with this number, for pages where people type the number. */
  public Long customerIdOf(String customerNo) {
    if (customerNo == null || customerNo.isBlank()) {
      return null;
    }
    return em.createQuery("SELECT c.id FROM Customer c WHERE c.customerNo = :no", Long.class)
        .setParameter("no", customerNo.strip())
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  public TheftCase find(long id) {
    TheftCase theft = em.find(TheftCase.class, id);
    if (theft == null) {
      throw GasRefusedException.notFound();
    }
    return theft;
  }

  public TheftCase open(Proposal p, LocalDate today, long userId, String by) {
    if (p.customerId() == null || em.find(Customer.class, p.customerId()) == null) {
      throw GasRefusedException.invalid("customerId", "theft.customer.unknown");
    }
    if (p.inspectionId() != null) {
      Inspection inspection = em.find(Inspection.class, p.inspectionId());
      if (inspection == null || !inspection.getCustomerId().equals(p.customerId())) {
        throw GasRefusedException.invalid("inspectionId", "theft.inspection.unknown");
      }
    }
    check(p);
    String prefix = "DQ-" + today.getYear() + "-";
    long count =
        em.createQuery("SELECT COUNT(t) FROM TheftCase t WHERE t.caseNo LIKE :prefix", Long.class)
            .setParameter("prefix", prefix + "%")
            .getSingleResult();
    TheftCase theft =
        new TheftCase(
            prefix + String.format("%04d", count + 1),
            p.customerId(),
            p.inspectionId(),
            p.kind(),
            p.description().strip(),
            userId);
    apply(theft, p);
    em.persist(theft);
    try {
      em.flush();
    } catch (PersistenceException e) {
      if (UniqueViolation.causes(e)) {
        // Two cases opened at the same moment took the same number: the second is asked again.
        throw GasRefusedException.conflict("theft.numberTaken");
      }
      throw e;
    }
    log(theft, TheftCaseEvent.Kind.OPENED, null, null, by);
    return theft;
  }

  /** Revises the proposal while it is the inspector's: open, or returned for revision. */
  public TheftCase revise(long id, Proposal p, Long version, String by) {
    TheftCase theft = current(id, version);
    if (theft.getStage() != TheftStage.OPEN && theft.getStage() != TheftStage.RETURNED) {
      throw GasRefusedException.conflict("theft.notEditable");
    }
    check(p);
    theft.setKind(p.kind());
    theft.setDescription(p.description().strip());
    apply(theft, p);
    em.flush();
    audit.record(by, "gas.theft.revised", "theft-case:" + id, null, summary(theft));
    return theft;
  }

  public TheftEvidence addEvidence(
      long caseId, String fileName, String contentType, byte[] content, long userId, String by) {
    TheftCase theft = find(caseId);
    if (theft.getStage() == TheftStage.CLOSED) {
      throw GasRefusedException.conflict("theft.closed");
    }
    String type = EvidenceFiles.check(contentType, content);
    long stored =
        em.createQuery("SELECT COUNT(e) FROM TheftEvidence e WHERE e.caseId = :case", Long.class)
            .setParameter("case", caseId)
            .getSingleResult();
    if (stored >= EvidenceFiles.MAX_FILES) {
      throw new GasRefusedException(
          422, "content", "theft.evidence.tooMany", EvidenceFiles.MAX_FILES);
    }
    String sha = EvidenceFiles.sha256(content);
    boolean known =
        !em.createQuery(
                "SELECT e.id FROM TheftEvidence e WHERE e.caseId = :case AND e.sha256 = :sha",
                Long.class)
            .setParameter("case", caseId)
            .setParameter("sha", sha)
            .getResultList()
            .isEmpty();
    if (known) {
      throw GasRefusedException.conflict("theft.evidence.duplicate");
    }
    TheftEvidence evidence =
        new TheftEvidence(caseId, EvidenceFiles.fileName(fileName), type, content, sha, userId);
    em.persist(evidence);
    em.flush();
    audit.record(by, "gas.theft.evidence", "theft-case:" + caseId, null, sha);
    return evidence;
  }

  public List<TheftEvidence> evidenceOf(long caseId) {
    find(caseId);
    return em.createQuery(
            "SELECT e FROM TheftEvidence e WHERE e.caseId = :case ORDER BY e.uploadedAt, e.id",
            TheftEvidence.class)
        .setParameter("case", caseId)
        .getResultList();
  }

  public TheftEvidence evidence(long caseId, long evidenceId) {
    TheftEvidence e = em.find(TheftEvidence.class, evidenceId);
    if (e == null || e.getCaseId() != caseId) {
      throw GasRefusedException.notFound();
    }
    return e;
  }

  public List<TheftCaseEvent> eventsOf(long caseId) {
    return em.createQuery(
            "SELECT e FROM TheftCaseEvent e WHERE e.caseId = :case ORDER BY e.at, e.id",
            TheftCaseEvent.class)
        .setParameter("case", caseId)
        .getResultList();
  }

  /**
   * Sends the proposal for decision. A returned case starts a fresh approval with the proposal as
   * revised (the old one is withdrawn), so the chain's conditions test what is decided now.
   */
  public TheftCase submit(long id, Long version, long userId, String by) {
    TheftCase theft = current(id, version);
    if (theft.getStage() != TheftStage.OPEN && theft.getStage() != TheftStage.RETURNED) {
      throw GasRefusedException.conflict("theft.notSubmittable");
    }
    if (evidenceOf(id).isEmpty()) {
      throw GasRefusedException.conflict("theft.evidence.required");
    }
    if (theft.getStage() == TheftStage.RETURNED && theft.getApprovalId() != null) {
      approvals.act(theft.getApprovalId(), ActionKind.WITHDRAW, null, null, null, userId);
    }
    Customer customer = em.find(Customer.class, theft.getCustomerId());
    Approval approval =
        approvals.start(
            APPROVAL_TYPE,
            theft.getCaseNo(),
            theft.getCaseNo() + " " + customer.getName(),
            fields(theft),
            userId);
    theft.setApprovalId(approval.getId());
    // The chain may conclude at once (every step skipped) before the case knew its approval.
    theft.setStage(
        switch (approval.getStatus()) {
          case APPROVED -> TheftStage.APPROVED;
          case REJECTED -> TheftStage.REJECTED;
          default -> TheftStage.UNDER_REVIEW;
        });
    em.flush();
    log(theft, TheftCaseEvent.Kind.SUBMITTED, null, null, by);
    return theft;
  }

  /** The approval's fields the chain's conditions test. */
  static Map<String, Object> fields(TheftCase theft) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put(
        "estimatedLoss",
        theft.getCompensationYuan() == null ? BigDecimal.ZERO : theft.getCompensationYuan());
    fields.put("stopSupply", theft.isStopSupply());
    fields.put("escalate", theft.isEscalate());
    fields.put("headReview", theft.isStopSupply() || theft.isEscalate());
    return fields;
  }

  /** The approval of the case ended or came back: the case follows, in the same transaction. */
  public void decided(long approvalId, TheftCaseEvent.Kind outcome, String by) {
    List<TheftCase> found =
        em.createQuery("SELECT t FROM TheftCase t WHERE t.approvalId = :approval", TheftCase.class)
            .setParameter("approval", approvalId)
            .getResultList();
    for (TheftCase theft : found) {
      theft.setStage(
          switch (outcome) {
            case APPROVED -> TheftStage.APPROVED;
            case REJECTED -> TheftStage.REJECTED;
            case RETURNED -> TheftStage.RETURNED;
            default -> TheftStage.OPEN;
          });
      log(theft, outcome, null, null, by);
    }
  }

  /**
   * Records what was done after approval: supply stopped (if decided), compensation received,
   * escalated (if decided), closed. A rejected case can only be closed.
   */
  public TheftCase record(
      long id, TheftCaseEvent.Kind kind, BigDecimal amount, String note, Long version, String by) {
    TheftCase theft = current(id, version);
    String text = note(note);
    TheftStage stage = theft.getStage();
    boolean decided =
        stage == TheftStage.APPROVED
            || stage == TheftStage.SUPPLY_STOPPED
            || stage == TheftStage.ESCALATED;
    switch (kind) {
      case SUPPLY_STOPPED -> {
        requireDecided(decided && theft.isStopSupply() && stage != TheftStage.SUPPLY_STOPPED);
        theft.setStage(TheftStage.SUPPLY_STOPPED);
      }
      case ESCALATED -> {
        requireDecided(decided && theft.isEscalate() && stage != TheftStage.ESCALATED);
        theft.setStage(TheftStage.ESCALATED);
      }
      case COMPENSATION_RECEIVED -> {
        requireDecided(decided);
        if (amount == null || amount.signum() <= 0 || amount.compareTo(MAX_AMOUNT) > 0) {
          throw GasRefusedException.invalid("amountYuan", "theft.amount.positive");
        }
      }
      case CLOSED -> {
        requireDecided(decided || stage == TheftStage.REJECTED);
        theft.setStage(TheftStage.CLOSED);
        theft.setClosedAt(Instant.now());
      }
      default -> throw GasRefusedException.invalid("action", "theft.action.unknown");
    }
    em.flush();
    log(theft, kind, kind == TheftCaseEvent.Kind.COMPENSATION_RECEIVED ? amount : null, text, by);
    return theft;
  }

  private static void requireDecided(boolean allowed) {
    if (!allowed) {
      throw GasRefusedException.conflict("theft.action.notNow");
    }
  }

  private TheftCase current(long id, Long version) {
    TheftCase theft = find(id);
    if (version != null && version != theft.getVersion()) {
      throw GasRefusedException.conflict("theft.stale");
    }
    return theft;
  }

  private static void check(Proposal p) {
    if (p.kind() == null) {
      throw GasRefusedException.invalid("kind", "theft.kind.required");
    }
    if (p.description() == null || p.description().isBlank()) {
      throw GasRefusedException.invalid("description", "theft.description.required");
    }
    if (p.description().strip().length() > MAX_DESCRIPTION) {
      throw GasRefusedException.invalid(
          "description", "theft.description.tooLong", MAX_DESCRIPTION);
    }
    BigDecimal c = p.compensationYuan();
    if (c != null && (c.signum() < 0 || c.compareTo(MAX_AMOUNT) > 0 || c.scale() > 2)) {
      throw GasRefusedException.invalid("compensationYuan", "theft.compensation.range");
    }
  }

  private static void apply(TheftCase theft, Proposal p) {
    theft.setStopSupply(p.stopSupply());
    theft.setEscalate(p.escalate());
    theft.setCompensationYuan(p.compensationYuan());
  }

  private static String note(String note) {
    if (note == null || note.isBlank()) {
      return null;
    }
    if (note.strip().length() > MAX_NOTE) {
      throw GasRefusedException.invalid("note", "theft.note.tooLong", MAX_NOTE);
    }
    return note.strip();
  }

  private void log(
      TheftCase theft, TheftCaseEvent.Kind kind, BigDecimal amount, String note, String by) {
    em.persist(new TheftCaseEvent(theft.getId(), kind, amount, note, by));
    audit.record(
        by,
        "gas.theft." + kind.name().toLowerCase(),
        "theft-case:" + theft.getId(),
        null,
        summary(theft));
  }

  private static String summary(TheftCase t) {
    return t.getCaseNo()
        + " "
        + t.getStage()
        + " stopSupply="
        + t.isStopSupply()
        + " escalate="
        + t.isEscalate()
        + " compensation="
        + t.getCompensationYuan();
  }
}
