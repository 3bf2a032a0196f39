package com.opsuite.core.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {

  @Test
  void readsAndWritesMonthsQuartersAndYears() {
    assertEquals(Period.month(2026, 11), Period.parse("2026-11"));
    assertEquals(Period.month(2026, 3), Period.parse(" 2026-3 "));
    assertEquals("2026-03", Period.parse("2026-3").toString());
    assertEquals(Period.quarter(2026, 4), Period.parse("2026-Q4"));
    assertEquals(Period.quarter(2026, 4), Period.parse("2026-q4"));
    assertEquals("2026-Q4", Period.quarter(2026, 4).toString());
    assertEquals(Period.year(2026), Period.parse("2026"));
    assertEquals("2026", Period.year(2026).toString());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "2026-13",
        "2026-00",
        "2026-Q5",
        "2026-Q0",
        "26-11",
        "2026/11",
        "1999",
        "2101",
        "2026-11-01",
        "Q4"
      })
  void refusesWhatIsNotAPeriod(String text) {
    assertThrows(IllegalArgumentException.class, () -> Period.parse(text));
  }

  @Test
  void knowsItsDaysAndItsStartAndEndInATimeZone() {
    Period february = Period.month(2028, 2);
    assertEquals(LocalDate.of(2028, 2, 1), february.firstDay());
    assertEquals(LocalDate.of(2028, 2, 29), february.lastDay());
    Period q4 = Period.quarter(2026, 4);
    assertEquals(LocalDate.of(2026, 10, 1), q4.firstDay());
    assertEquals(LocalDate.of(2026, 12, 31), q4.lastDay());
    ZoneId shanghai = ZoneId.of("Asia/Shanghai");
    assertEquals("2026-10-01T00:00+08:00[Asia/Shanghai]", q4.start(shanghai).toString());
    assertEquals("2027-01-01T00:00+08:00[Asia/Shanghai]", q4.end(shanghai).toString());
  }

  @Test
  void containsAndRollsUp() {
    Period year = Period.year(2026);
    Period q4 = Period.quarter(2026, 4);
    Period november = Period.month(2026, 11);
    assertTrue(year.contains(q4));
    assertTrue(year.contains(november));
    assertTrue(q4.contains(november));
    assertTrue(november.contains(november));
    assertFalse(q4.contains(Period.month(2026, 9)));
    assertFalse(november.contains(q4));
    assertFalse(year.contains(Period.month(2027, 1)));

    assertEquals(List.of(Period.month(2026, 10), november, Period.month(2026, 12)), q4.parts());
    assertEquals(4, year.parts().size());
    assertEquals(List.of(), november.parts());
    assertEquals(17, year.withAllParts().size());
    assertEquals(List.of(q4, year), november.enclosing());
    assertEquals(List.of(year), q4.enclosing());
    assertEquals(List.of(), year.enclosing());
    assertEquals(q4, Period.of(LocalDate.of(2026, 11, 30), PeriodKind.QUARTER));
  }

  @Test
  void sortsByStartLongerFirst() {
    List<Period> sorted =
        List.of(
                Period.month(2026, 11),
                Period.year(2026),
                Period.quarter(2026, 4),
                Period.month(2026, 10))
            .stream()
            .sorted()
            .toList();
    assertEquals(
        List.of(
            Period.year(2026),
            Period.quarter(2026, 4),
            Period.month(2026, 10),
            Period.month(2026, 11)),
        sorted);
  }
}
