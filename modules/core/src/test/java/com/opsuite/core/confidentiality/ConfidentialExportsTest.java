package com.opsuite.core.confidentiality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.opsuite.core.audit.AuditLog;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfidentialExportsTest {

  final List<String> recorded = new ArrayList<>();
  final ConfidentialExports exports = new ConfidentialExports();

  {
    exports.audit =
        new AuditLog() {
          @Override
          public void record(
              String actor, String action, String target, String before, String after) {
            recorded.add(actor + "|" + action + "|" + target + "|" + after);
          }
        };
  }

  @Test
  void anExportWithConfidentialRowsNamesThem() {
    List<ClassifiedNote> rows =
        List.of(
            new ClassifiedNote(7, "plan", Classification.INTERNAL),
            new ClassifiedNote(8, "budget", Classification.CONFIDENTIAL),
            new ClassifiedNote(9, "pricing", Classification.CONFIDENTIAL));
    exports.exported("li.na", "online.content", rows, ClassifiedNote::getId);
    assertEquals(
        List.of("li.na|export.confidential|online.content|2 of 3 rows confidential: 8, 9"),
        recorded);
  }

  @Test
  void anExportOfInternalRowsOnlyIsNotRecordedHere() {
    exports.exported(
        "li.na",
        "online.content",
        List.of(new ClassifiedNote(7, "plan", Classification.INTERNAL)),
        ClassifiedNote::getId);
    assertEquals(List.of(), recorded);
  }
}
