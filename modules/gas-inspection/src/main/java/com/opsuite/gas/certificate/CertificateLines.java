package com.opsuite.gas.certificate;

import com.opsuite.core.tenancy.TenantContext;
import com.opsuite.core.tenancy.TenantRef;
import com.opsuite.gas.GasTexts;
import com.opsuite.gas.hazard.RectificationFinished;
import com.opsuite.gas.inspection.CheckItem;
import com.opsuite.gas.inspection.Inspection;
import com.opsuite.gas.inspection.InspectionCompleted;
import com.opsuite.gas.task.Task;
import com.opsuite.gas.task.TaskKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The certificate lines the module writes itself, in the transaction of the work they record: a
 * passed annual inspection (a planned one, or the revisit of one nobody was home for) and a
 * finished rectification (the repair). Each is written once, in the tenant's language.
 */
@ApplicationScoped
class CertificateLines {

  /** Revisits of revisits are followed this far back to the planned inspection. */
  private static final int MAX_REVISITS = 20;

  @PersistenceContext(unitName = "opsuite")
  EntityManager em;

  @Inject Certificates certificates;
  @Inject TenantContext context;

  void onInspection(@Observes InspectionCompleted done) {
    if (!done.passed() || !annual(done.taskId())) {
      return;
    }
    TenantRef tenant = context.require();
    certificates.record(
        Certificates.inspectionRef(done.inspectionId()),
        done.customerId(),
        day(done.finishedAt(), tenant),
        CertificateEntry.Kind.INSPECTION,
        GasTexts.text(tenant.locale(), "certificate.auto.inspection"),
        done.inspectorId(),
        done.inspectionId(),
        done.inspectorName());
  }

  void onRectification(@Observes RectificationFinished finished) {
    TenantRef tenant = context.require();
    Locale locale = tenant.locale();
    String items =
        finished.itemCodes().stream()
            .map(code -> label(locale, code))
            .collect(Collectors.joining(GasTexts.text(locale, "certificate.auto.separator")));
    certificates.record(
        finished.sourceRef(),
        finished.customerId(),
        day(finished.at(), tenant),
        CertificateEntry.Kind.REPAIR,
        finished.noticeNo() == null
            ? GasTexts.text(locale, "certificate.auto.repair", items)
            : GasTexts.text(locale, "certificate.auto.repairNotice", items, finished.noticeNo()),
        finished.performedBy(),
        finished.inspectionId(),
        finished.by());
  }

  /** Whether the visit was the planned (annual) inspection, or a revisit of one. */
  private boolean annual(Long taskId) {
    Long current = taskId;
    for (int hop = 0; current != null && hop <= MAX_REVISITS; hop++) {
      Task task = em.find(Task.class, current);
      if (task == null) {
        return false;
      }
      if (task.getKind() == TaskKind.PLANNED_INSPECTION) {
        return true;
      }
      if (task.getKind() != TaskKind.REVISIT || !task.getSourceRef().startsWith("revisit:")) {
        return false;
      }
      Inspection missed =
          em.find(
              Inspection.class, Long.valueOf(task.getSourceRef().substring("revisit:".length())));
      current = missed == null ? null : missed.getTaskId();
    }
    return false;
  }

  private static String label(Locale locale, String code) {
    CheckItem item = CheckItem.ofCode(code);
    return item == null ? code : GasTexts.text(locale, item.labelKey());
  }

  private static LocalDate day(Instant at, TenantRef tenant) {
    return LocalDate.ofInstant(at, tenant.timeZone());
  }
}
