package com.opsuite.gas.hazard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A rectification notice (整改通知书) as the customer receives it: the failed items of one inspection
 * with the deadline to put them right, and who found them. It is closed ({@code closedAt}, the last
 * item's closing) once every item is closed; null while any is open.
 */
public record RectificationNotice(
    String noticeNo,
    Instant issuedAt,
    LocalDate deadlineOn,
    long inspectionId,
    long customerId,
    String customerNo,
    String customerName,
    String address,
    String inspectorName,
    String badgeNo,
    Long reinspectionTaskId,
    List<Item> items,
    Instant closedAt) {

  /** One failed item: its checklist code, the bundle key of its label, and where it stands. */
  public record Item(
      long hazardId, String itemCode, String labelKey, String description, HazardStatus status) {}
}
