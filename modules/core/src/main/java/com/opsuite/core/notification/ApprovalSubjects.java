package com.opsuite.core.notification;

import com.opsuite.core.approval.Approval;
import com.opsuite.core.approval.ApprovalStep;
import com.opsuite.core.approval.ApprovalTypes;
import com.opsuite.core.approval.StepActivation;
import com.opsuite.core.i18n.SupportedLocales;
import com.opsuite.core.tenancy.TenantBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads what notifications say about an approval, in the transaction of the event: the engine's
 * events carry ids only, and its current state (just changed, not yet committed) is there.
 */
@ApplicationScoped
@Transactional
@TenantBound
class ApprovalSubjects {

  @PersistenceContext EntityManager em;
  @Inject ApprovalTypes types;
  @Inject StepActivation activation;

  /** The approval, at the step (null for none) due at the instant (null for no deadline). */
  ApprovalSubject of(long approvalId, Integer stepNo, Instant dueAt) {
    Approval approval = em.find(Approval.class, approvalId);
    Optional<ApprovalTypes.Declared> declared = types.find(approval.getDocType());
    Optional<ApprovalStep> step =
        stepNo == null
            ? Optional.empty()
            : activation.steps(approvalId).stream()
                .filter(s -> s.getStepNo() == stepNo)
                .findFirst();
    Map<Locale, String> typeLabels = new HashMap<>();
    Map<Locale, String> stepLabels = new HashMap<>();
    for (Locale locale : SupportedLocales.ALL) {
      typeLabels.put(
          locale, declared.map(d -> types.label(d, locale)).orElse(approval.getDocType()));
      step.ifPresent(
          s ->
              stepLabels.put(
                  locale,
                  declared
                      .map(d -> types.stepLabel(d, s.getStepKey(), s.getLabel(), locale))
                      .orElse(s.getLabel() == null ? s.getStepKey() : s.getLabel())));
    }
    return new ApprovalSubject(
        approvalId,
        approval.getTitle(),
        approval.getDocumentRef(),
        approval.getSubmitterUserId(),
        step.isPresent() ? stepNo : null,
        typeLabels,
        stepLabels,
        dueAt);
  }
}
