package com.opsuite.core.appraisal;

import com.opsuite.core.audit.AuditLog;
import com.opsuite.core.kpi.Indicators;
import com.opsuite.core.tenancy.TenantBound;
import com.opsuite.core.validation.InvalidInputException;
import com.opsuite.core.validation.InvalidInputException.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * Appraisal templates. A template names existing KPI indicators; changing it affects the cycles
 * computed afterwards, never a locked result.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class AppraisalTemplates {

  @PersistenceContext EntityManager em;
  @Inject Indicators indicators;
  @Inject AuditLog audit;

  public List<AppraisalTemplate> all() {
    return em.createQuery(
            "SELECT t FROM AppraisalTemplate t ORDER BY t.code", AppraisalTemplate.class)
        .getResultList();
  }

  public Optional<AppraisalTemplate> find(String code) {
    return em
        .createQuery(
            "SELECT t FROM AppraisalTemplate t WHERE t.code = :code", AppraisalTemplate.class)
        .setParameter("code", code)
        .getResultList()
        .stream()
        .findFirst();
  }

  public Optional<AppraisalTemplate> find(long id) {
    return Optional.ofNullable(em.find(AppraisalTemplate.class, id));
  }

  public AppraisalTemplate create(TemplateDraft draft, String by) {
    check(draft);
    if (find(draft.code()).isPresent()) {
      throw InvalidInputException.of("code", "appraisal.template.taken", draft.code());
    }
    AppraisalTemplate template = new AppraisalTemplate(draft.code());
    template.apply(draft.name(), draft.spec(), by);
    em.persist(template);
    audit.record(
        by,
        "appraisal.template.created",
        "appraisal-template:" + draft.code(),
        null,
        template.spec().toString());
    return template;
  }

  public AppraisalTemplate change(AppraisalTemplate template, TemplateDraft draft, String by) {
    check(draft);
    if (draft.version() != null && draft.version() != template.getVersion()) {
      throw AppraisalRefusedException.conflict("appraisal.stale");
    }
    String before = template.spec().toString();
    template.apply(draft.name(), draft.spec(), by);
    audit.record(
        by,
        "appraisal.template.changed",
        "appraisal-template:" + template.getCode(),
        before,
        template.spec().toString());
    return template;
  }

  private void check(TemplateDraft draft) {
    List<Violation> problems = new java.util.ArrayList<>(draft.problems());
    for (WeightedIndicator i : draft.spec().indicators()) {
      if (i.code() != null && indicators.find(i.code()).isEmpty()) {
        problems.add(new Violation("indicators", "kpi.indicator.notFound", i.code()));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }
}
