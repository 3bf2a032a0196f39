package com.opsuite.gas.hazard;

import com.opsuite.gas.inspection.InspectionCompleted;
import com.opsuite.gas.inspection.ItemResult;
import com.opsuite.gas.task.TaskKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;

/**
 * What a completed inspection found, in the hazard register, in the transaction that completed it
 * (so both happen or neither): a re-inspection first settles the notice it was for, then each
 * failed item not already on that notice becomes a new hazard, waiting for a notice of its own.
 */
@ApplicationScoped
class InspectionFindings {

  @PersistenceContext(unitName = "opsuite")
  EntityManager em;

  @Inject HazardRectification rectification;

  void onCompleted(@Observes InspectionCompleted done) {
    Set<String> stillOnNotice =
        done.taskKind() == TaskKind.REINSPECTION && done.taskId() != null
            ? rectification.settle(done)
            : Set.of();
    for (InspectionCompleted.Finding finding : done.findings()) {
      if (finding.result() == ItemResult.FAIL && !stillOnNotice.contains(finding.itemCode())) {
        em.persist(
            new Hazard(done.inspectionId(), done.customerId(), finding.itemCode(), finding.note()));
      }
    }
    em.flush();
  }
}
