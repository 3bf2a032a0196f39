package com.opsuite.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SpreadsheetCellsTest {

  @Test
  void formulaStartsBecomePlainTextAndOtherTextStaysAsItIs() {
    assertEquals("'=cmd|' /C calc'!A0", SpreadsheetCells.plain("=cmd|' /C calc'!A0"));
    assertEquals("'+1", SpreadsheetCells.plain("+1"));
    assertEquals("'-2", SpreadsheetCells.plain("-2"));
    assertEquals("'@SUM(A1)", SpreadsheetCells.plain("@SUM(A1)"));
    assertEquals("'\t=1", SpreadsheetCells.plain("\t=1"));
    assertEquals("Spring fair = fun", SpreadsheetCells.plain("Spring fair = fun"));
    assertEquals("春季活动", SpreadsheetCells.plain("春季活动"));
    assertEquals("", SpreadsheetCells.plain(""));
    assertNull(SpreadsheetCells.plain(null));
  }
}
