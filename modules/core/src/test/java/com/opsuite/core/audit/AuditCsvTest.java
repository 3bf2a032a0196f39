package com.opsuite.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AuditCsvTest {

  @Test
  void quotesWhatWouldBreakAColumn() {
    assertEquals("plain", AuditCsv.field("plain"));
    assertEquals("\"a,b\"", AuditCsv.field("a,b"));
    assertEquals("\"say \"\"hi\"\"\"", AuditCsv.field("say \"hi\""));
    assertEquals("\"two\nlines\"", AuditCsv.field("two\nlines"));
    assertEquals("", AuditCsv.field(null));
    assertEquals("中文备注", AuditCsv.field("中文备注"));
  }

  @Test
  void neverLetsASpreadsheetRunAValueAsAFormula() {
    assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", AuditCsv.field("=HYPERLINK(\"x\")"));
    assertEquals("\"'+1\"", AuditCsv.field("+1"));
    assertEquals("\"'-2\"", AuditCsv.field("-2"));
    assertEquals("\"'@cmd\"", AuditCsv.field("@cmd"));
  }

  @Test
  void startsWithAByteOrderMarkAndAHeader() {
    String csv = AuditCsv.write(List.of());
    assertTrue(csv.startsWith("\uFEFF" + AuditCsv.HEADER + "\r\n"));
  }
}
