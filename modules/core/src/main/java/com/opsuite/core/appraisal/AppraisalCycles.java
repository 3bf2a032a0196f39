package com.opsuite.core.appraisal;

import com.opsuite.core.audit.AuditLog;
import com.opsuite.core.kpi.Indicator;
import com.opsuite.core.kpi.Indicators;
import com.opsuite.core.kpi.Period;
import com.opsuite.core.kpi.PeriodKind;
import com.opsuite.core.org.ReportingLines;
import com.opsuite.core.org.StaffMember;
import com.opsuite.core.tenancy.TenantBound;
import com.opsuite.core.validation.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Opens cycles and keeps their evaluators: each staff member evaluates themself, their managers
 * (through the reporting lines on the day the cycle opens) evaluate them as superiors, and peers
 * are added by a superior. A cycle opens whole or not at all.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class AppraisalCycles {

  @PersistenceContext EntityManager em;
  @Inject AppraisalTemplates templates;
  @Inject Indicators indicators;
  @Inject ReportingLines lines;
  @Inject AuditLog audit;

  public List<AppraisalCycle> all() {
    return em.createQuery(
            "SELECT c FROM AppraisalCycle c ORDER BY c.period DESC, c.id DESC",
            AppraisalCycle.class)
        .getResultList();
  }

  public Optional<AppraisalCycle> find(long id) {
    return Optional.ofNullable(em.find(AppraisalCycle.class, id));
  }

  public AppraisalCycle open(CycleDraft draft, String by) {
    AppraisalTemplate template =
        templates
            .find(draft.template() == null ? "" : draft.template())
            .orElseThrow(
                () ->
                    InvalidInputException.of(
                        "template", "appraisal.template.notFound", draft.template()));
    Period period = period(draft.period());
    boolean rollUp = Boolean.TRUE.equals(draft.rollUp());
    if (rollUp && period.kind() != PeriodKind.YEAR) {
      throw InvalidInputException.of("rollUp", "appraisal.cycle.rollUpYearly");
    }
    if (!rollUp) {
      for (WeightedIndicator item : template.spec().indicators()) {
        Indicator indicator =
            indicators
                .find(item.code())
                .orElseThrow(
                    () ->
                        InvalidInputException.of(
                            "template", "kpi.indicator.notFound", item.code()));
        if (indicator.getPeriodKind() != period.kind()) {
          throw InvalidInputException.of(
              "period", "appraisal.cycle.indicatorKind", indicator.name(), period.toString());
        }
      }
    }
    List<StaffMember> staff = staff(draft);
    AppraisalCycle cycle = new AppraisalCycle(template.getId(), period, rollUp, by);
    em.persist(cycle);
    em.flush();
    List<AppraisalResult> results = new ArrayList<>();
    for (StaffMember member : staff) {
      AppraisalResult result = new AppraisalResult(cycle.getId(), member.getId());
      em.persist(result);
      results.add(result);
    }
    // The entities carry ids, not relations: flush so the results exist before their evaluations.
    em.flush();
    if (!rollUp && !template.spec().criteria().isEmpty()) {
      LocalDate today = LocalDate.now();
      for (AppraisalResult result : results) {
        long staffId = result.getStaffId();
        em.persist(new AppraisalEvaluation(result.getId(), staffId, EvaluatorRole.SELF));
        for (StaffMember manager : lines.managersOf(staffId, today)) {
          em.persist(
              new AppraisalEvaluation(result.getId(), manager.getId(), EvaluatorRole.SUPERIOR));
        }
      }
    }
    audit.record(
        by,
        "appraisal.cycle.opened",
        "appraisal-cycle:" + cycle.getId(),
        null,
        template.getCode() + " " + period + " staff=" + staff.size());
    return cycle;
  }

  private static Period period(String text) {
    try {
      Period period = Period.parse(text);
      if (period.kind() == PeriodKind.QUARTER) {
        throw new IllegalArgumentException();
      }
      return period;
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of("period", "appraisal.cycle.period", String.valueOf(text));
    }
  }

  private List<StaffMember> staff(CycleDraft draft) {
    Set<Long> ids = new LinkedHashSet<>();
    if (draft.unitId() != null) {
      Set<Long> units = lines.unitSubtree(List.of(draft.unitId()));
      if (units.isEmpty()) {
        throw InvalidInputException.of("unitId", "appraisal.cycle.unknownUnit", draft.unitId());
      }
      ids.addAll(lines.staffInUnits(units, LocalDate.now()));
    }
    if (draft.staffIds() != null) {
      ids.addAll(draft.staffIds());
    }
    List<StaffMember> staff = lines.staff(ids).stream().filter(StaffMember::isActive).toList();
    if (staff.size() != ids.size()) {
      Set<Long> found = new LinkedHashSet<>(staff.stream().map(StaffMember::getId).toList());
      Long missing = ids.stream().filter(id -> !found.contains(id)).findFirst().orElse(null);
      throw InvalidInputException.of(
          "staffIds", "appraisal.cycle.unknownStaff", String.valueOf(missing));
    }
    if (staff.isEmpty()) {
      throw InvalidInputException.of("staffIds", "appraisal.cycle.noStaff");
    }
    return staff;
  }

  public List<AppraisalResult> results(long cycleId) {
    return em.createQuery(
            "SELECT r FROM AppraisalResult r WHERE r.cycleId = :cycle ORDER BY r.staffId",
            AppraisalResult.class)
        .setParameter("cycle", cycleId)
        .getResultList();
  }

  public Optional<AppraisalResult> result(long resultId) {
    return Optional.ofNullable(em.find(AppraisalResult.class, resultId));
  }

  /** Results locked for writing, so two requests on one result run one after the other. */
  AppraisalResult locked(long resultId) {
    AppraisalResult result =
        em.find(AppraisalResult.class, resultId, LockModeType.PESSIMISTIC_WRITE);
    if (result == null) {
      throw AppraisalRefusedException.notFound();
    }
    return result;
  }

  public List<AppraisalResult> resultsOf(long staffId) {
    return em.createQuery(
            "SELECT r FROM AppraisalResult r WHERE r.staffId = :staff ORDER BY r.cycleId DESC",
            AppraisalResult.class)
        .setParameter("staff", staffId)
        .getResultList();
  }

  /** The results of these staff members, newest cycle first, then by person. */
  public List<AppraisalResult> resultsOf(Collection<Long> staffIds) {
    if (staffIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT r FROM AppraisalResult r WHERE r.staffId IN :staff"
                + " ORDER BY r.cycleId DESC, r.staffId",
            AppraisalResult.class)
        .setParameter("staff", staffIds)
        .getResultList();
  }

  public List<AppraisalEvaluation> evaluationsOf(Collection<Long> resultIds) {
    if (resultIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT e FROM AppraisalEvaluation e WHERE e.resultId IN :ids ORDER BY e.id",
            AppraisalEvaluation.class)
        .setParameter("ids", List.copyOf(resultIds))
        .getResultList();
  }

  public List<AppraisalEvaluation> evaluationsOfCycle(long cycleId) {
    return em.createQuery(
            "SELECT e FROM AppraisalEvaluation e, AppraisalResult r WHERE e.resultId = r.id"
                + " AND r.cycleId = :cycle ORDER BY e.id",
            AppraisalEvaluation.class)
        .setParameter("cycle", cycleId)
        .getResultList();
  }

  public List<ResultChange> history(long resultId) {
    return em.createQuery(
            "SELECT c FROM ResultChange c WHERE c.resultId = :id ORDER BY c.changedAt, c.id",
            ResultChange.class)
        .setParameter("id", resultId)
        .getResultList();
  }

  /**
   * Sets the peers of a result (replacing unsubmitted peer evaluations; submitted ones stay). Only
   * a superior of the staff member, or someone managing appraisals, chooses them.
   */
  public List<AppraisalEvaluation> choosePeers(
      long resultId,
      List<Long> peerIds,
      long peersVersion,
      Long callerStaffId,
      boolean manages,
      String by) {
    AppraisalResult result = locked(resultId);
    List<AppraisalEvaluation> current = evaluationsOf(List.of(resultId));
    boolean superior =
        callerStaffId != null
            && current.stream()
                .anyMatch(
                    e ->
                        e.getRole() == EvaluatorRole.SUPERIOR
                            && e.getEvaluatorId() == callerStaffId);
    if (!superior && !manages) {
      throw AppraisalRefusedException.notYours("appraisal.peers.notYours");
    }
    if (!result.getStatus().editable()) {
      throw AppraisalRefusedException.conflict("appraisal.result.locked");
    }
    AppraisalCycle cycle = find(result.getCycleId()).orElseThrow();
    if (cycle.isRollUp()) {
      throw InvalidInputException.of("staffIds", "appraisal.peers.rollUp");
    }
    if (result.getPeersVersion() != peersVersion) {
      // Under the row lock: of two choices made from one read, the second is refused here.
      throw AppraisalRefusedException.conflict("appraisal.peers.stale");
    }
    Set<Long> wanted = new LinkedHashSet<>(peerIds == null ? List.of() : peerIds);
    if (wanted.contains(result.getStaffId())) {
      throw InvalidInputException.of("staffIds", "appraisal.peers.self");
    }
    List<StaffMember> peers = lines.staff(wanted).stream().filter(StaffMember::isActive).toList();
    if (peers.size() != wanted.size()) {
      throw InvalidInputException.of("staffIds", "appraisal.cycle.unknownStaff", wanted.toString());
    }
    Set<Long> kept = new LinkedHashSet<>();
    for (AppraisalEvaluation e : current) {
      if (e.getRole() != EvaluatorRole.PEER) {
        continue;
      }
      if (wanted.contains(e.getEvaluatorId()) || e.submitted()) {
        kept.add(e.getEvaluatorId());
      } else {
        em.remove(e);
      }
    }
    for (Long peer : wanted) {
      if (!kept.contains(peer)) {
        em.persist(new AppraisalEvaluation(resultId, peer, EvaluatorRole.PEER));
      }
    }
    result.peersChosen();
    em.flush();
    audit.record(
        by, "appraisal.peers.chosen", "appraisal-result:" + resultId, null, wanted.toString());
    return evaluationsOf(List.of(resultId));
  }
}
