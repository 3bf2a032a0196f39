package com.opsuite.core.confidentiality;

import com.opsuite.core.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Records in the audit log that confidential records left the system in an export: who, which kind
 * of record and which ones. Call it in the transaction that read the rows, so the export and its
 * record belong together; exports without confidential rows leave no entry here.
 */
@ApplicationScoped
public class ConfidentialExports {

  public static final String ACTION = "export.confidential";

  @Inject AuditLog audit;

  public <T extends ClassifiedRecord> void exported(
      String by, String recordType, List<T> rows, Function<T, ?> idOf) {
    List<String> confidential =
        rows.stream()
            .filter(ClassifiedRecord::isConfidential)
            .map(r -> idOf.apply(r) + "")
            .toList();
    if (confidential.isEmpty()) {
      return;
    }
    audit.record(
        by,
        ACTION,
        recordType,
        null,
        confidential.size()
            + " of "
            + rows.size()
            + " rows confidential: "
            + confidential.stream().collect(Collectors.joining(", ")));
  }
}
