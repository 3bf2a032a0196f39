package com.opsuite.gas.hazard;

import java.time.Instant;
import java.util.List;

/**
 * A rectification is finished: the last open hazard of a notice (or a hazard closed without one)
 * was closed, fired inside the transaction that closed it. The certificate records the repair.
 *
 * @param sourceRef what was rectified, {@code notice:<no>} or {@code hazard:<id>}, once each
 * @param noticeNo the notice, or null for a hazard closed without one
 * @param itemCodes the checklist items put right, in checklist order
 * @param inspectionId the re-inspection that showed it, or null when closed by hand
 * @param performedBy the user who did the re-inspection or closed it
 * @param by that user's sign-in name, as the audit log records it
 */
public record RectificationFinished(
    String sourceRef,
    long customerId,
    String noticeNo,
    List<String> itemCodes,
    Long inspectionId,
    long performedBy,
    String by,
    Instant at) {

  public RectificationFinished {
    itemCodes = List.copyOf(itemCodes);
  }
}
