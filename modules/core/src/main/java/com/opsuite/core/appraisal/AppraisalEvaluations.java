package com.opsuite.core.appraisal;

import com.opsuite.core.tenancy.TenantBound;
import com.opsuite.core.validation.InvalidInputException;
import com.opsuite.core.validation.InvalidInputException.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The evaluations assigned to a staff member, and their one submission: every criterion rated on
 * the template's scale, while the result can still change. The evaluation's row is locked first, so
 * of two submissions at once the second finds it submitted (409).
 */
@ApplicationScoped
@Transactional
@TenantBound
public class AppraisalEvaluations {

  @PersistenceContext EntityManager em;
  @Inject AppraisalCycles cycles;
  @Inject AppraisalTemplates templates;

  /**
   * Everything assigned to the evaluator, newest cycle first; submitted ones too, for the record.
   */
  public List<AppraisalEvaluation> assignedTo(long evaluatorStaffId) {
    return em.createQuery(
            "SELECT e FROM AppraisalEvaluation e WHERE e.evaluatorId = :me ORDER BY e.id DESC",
            AppraisalEvaluation.class)
        .setParameter("me", evaluatorStaffId)
        .getResultList();
  }

  public AppraisalEvaluation submit(
      long evaluationId, Map<String, Integer> ratings, String comment, long callerStaffId) {
    AppraisalEvaluation evaluation =
        em.find(AppraisalEvaluation.class, evaluationId, LockModeType.PESSIMISTIC_WRITE);
    if (evaluation == null) {
      throw AppraisalRefusedException.notFound();
    }
    if (evaluation.getEvaluatorId() != callerStaffId) {
      throw AppraisalRefusedException.notYours("appraisal.evaluation.notYours");
    }
    if (evaluation.submitted()) {
      throw AppraisalRefusedException.conflict("appraisal.evaluation.submitted");
    }
    AppraisalResult result = cycles.result(evaluation.getResultId()).orElseThrow();
    if (!result.getStatus().editable()) {
      throw AppraisalRefusedException.conflict("appraisal.result.locked");
    }
    AppraisalCycle cycle = cycles.find(result.getCycleId()).orElseThrow();
    TemplateSpec spec = templates.find(cycle.getTemplateId()).orElseThrow().spec();
    Map<String, Integer> given = ratings == null ? Map.of() : ratings;
    List<Violation> problems = new ArrayList<>();
    Map<String, Integer> kept = new LinkedHashMap<>();
    for (Criterion c : spec.criteria()) {
      Integer rating = given.get(c.code());
      if (rating == null) {
        problems.add(new Violation("ratings." + c.code(), "appraisal.rating.missing", c.name()));
      } else if (!spec.scale().contains(rating)) {
        problems.add(
            new Violation(
                "ratings." + c.code(),
                "appraisal.rating.outOfScale",
                c.name(),
                rating,
                spec.scale().min(),
                spec.scale().max()));
      } else {
        kept.put(c.code(), rating);
      }
    }
    for (String code : given.keySet()) {
      if (spec.criteria().stream().noneMatch(c -> c.code().equals(code))) {
        problems.add(new Violation("ratings." + code, "appraisal.rating.unknown", code));
      }
    }
    if (comment != null && comment.length() > 2000) {
      problems.add(new Violation("comment", "appraisal.tooLong", 2000));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    evaluation.submit(kept, comment == null || comment.isBlank() ? null : comment.strip());
    return evaluation;
  }
}
