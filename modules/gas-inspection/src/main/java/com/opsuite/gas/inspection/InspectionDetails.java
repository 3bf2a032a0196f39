package com.opsuite.gas.inspection;

import com.opsuite.gas.registry.Customer;
import com.opsuite.gas.registry.Meter;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** An inspection as the API shows it: the visit, where, the answers and the evidence. */
public record InspectionDetails(
    long id,
    Long taskId,
    String status,
    long customerId,
    String customerNo,
    String customerName,
    String address,
    String meterNo,
    String sealNo,
    String sealState,
    long inspectorId,
    String badgeNo,
    Instant startedAt,
    Instant savedAt,
    Instant finishedAt,
    String notes,
    String entryFailure,
    String entryFailureNote,
    BigDecimal latitude,
    BigDecimal longitude,
    BigDecimal locationAccuracyM,
    long version,
    List<Answer> items,
    List<EvidenceInfo> evidence) {

  public static InspectionDetails of(InspectionService service, Inspection i) {
    Customer c = service.customer(i.getCustomerId());
    Optional<Meter> meter = service.meterOf(i.getCustomerId());
    return new InspectionDetails(
        i.getId(),
        i.getTaskId(),
        i.getStatus().name(),
        i.getCustomerId(),
        c.getCustomerNo(),
        c.getName(),
        c.getAddress(),
        meter.map(Meter::getMeterNo).orElse(null),
        meter.map(Meter::getSealNo).orElse(null),
        meter.map(m -> m.getSealState().name()).orElse(null),
        i.getInspectorId(),
        i.getBadgeNo(),
        i.getStartedAt(),
        i.getSavedAt(),
        i.getFinishedAt(),
        i.getNotes(),
        i.getEntryFailure() == null ? null : i.getEntryFailure().name(),
        i.getEntryFailureNote(),
        i.getLatitude(),
        i.getLongitude(),
        i.getLocationAccuracyM(),
        i.getVersion(),
        service.items(i.getId()).stream()
            .map(it -> new Answer(it.getItemCode(), it.getResult(), it.getNote()))
            .toList(),
        service.evidence(i.getId()));
  }
}
