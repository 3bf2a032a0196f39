package com.opsuite.gas.inspection;

import com.opsuite.gas.task.TaskKind;
import java.time.Instant;
import java.util.List;

/**
 * An inspection was completed with the customer's signature, fired inside the transaction that
 * completed it. The hazard register turns failed items into hazards and settles the notice a
 * re-inspection was for; the certificate records a passed annual inspection. {@code taskKind} is
 * null for an inspection without a task.
 */
public record InspectionCompleted(
    long inspectionId,
    long customerId,
    long inspectorId,
    String inspectorName,
    Long taskId,
    TaskKind taskKind,
    Instant finishedAt,
    List<Finding> findings) {

  public InspectionCompleted {
    findings = List.copyOf(findings);
  }

  /** One checklist item's answer, with the inspector's note. */
  public record Finding(String itemCode, ItemResult result, String note) {}

  /** Whether no item failed. */
  public boolean passed() {
    return findings.stream().noneMatch(f -> f.result() == ItemResult.FAIL);
  }
}
