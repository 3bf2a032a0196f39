package com.opsuite.web.appraisal;

import com.opsuite.core.appraisal.AppraisalTemplate;
import com.opsuite.core.appraisal.AppraisalTemplates;
import com.opsuite.core.appraisal.TemplateDraft;
import com.opsuite.core.validation.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Creates or changes a template in one transaction, as the REST resource does: the template read
 * for a change must still be managed when the change is applied, and a refusal must roll back here
 * rather than in the page bean that shows it.
 */
@ApplicationScoped
public class TemplateSaving {

  @Inject AppraisalTemplates templates;

  @Transactional
  public String save(TemplateDraft draft, boolean existing, String by) {
    if (!existing) {
      return templates.create(draft, by).getCode();
    }
    AppraisalTemplate template =
        templates
            .find(draft.code())
            .orElseThrow(
                () ->
                    InvalidInputException.of("code", "appraisal.template.notFound", draft.code()));
    return templates.change(template, draft, by).getCode();
  }
}
