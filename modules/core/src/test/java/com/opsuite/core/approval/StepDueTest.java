package com.opsuite.core.approval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.opsuite.core.calendar.DayKind;
import com.opsuite.core.calendar.WorkingDayCalendar;
import com.opsuite.core.calendar.WorkingHours;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A step's due time: its deadline in the tenant's working hours, on the tenant's calendar. */
class StepDueTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final WorkingHours NINE_TO_SIX =
      new WorkingHours(LocalTime.of(9, 0), LocalTime.of(18, 0));
  private static final WorkingDayCalendar CHINA = WorkingDayCalendar.chinaDefault();

  @ParameterizedTest(name = "activated {0}, {1} working hours: due {2}")
  @CsvSource({
    // Friday afternoon before 清明 (Sat 4 – Mon 6 April 2026): due on the Wednesday after
    "2026-04-03T16:00, 16, 2026-04-08T14:00",
    // Friday afternoon; Sunday 20 September 2026 is a make-up working day for 国庆
    "2026-09-18T16:00, 16, 2026-09-21T14:00",
    // Thursday before 中秋 (Fri 25 – Sun 27 September 2026)
    "2026-09-24T16:00, 16, 2026-09-29T14:00",
    // the last working day before 国庆 (1–7 October 2026)
    "2026-09-30T16:00, 16, 2026-10-09T14:00",
    // Friday after 国庆; Saturday 10 October is a make-up working day
    "2026-10-09T16:00, 16, 2026-10-12T14:00",
    // submitted on the holiday itself: the clock starts on 8 October at nine
    "2026-10-03T11:00, 8, 2026-10-08T17:00",
  })
  void theDeadlineCountsWorkingHoursOnTheChinaCalendar(
      LocalDateTime activated, int hours, LocalDateTime due) {
    Instant at = activated.atZone(SHANGHAI).toInstant();
    assertEquals(
        due.atZone(SHANGHAI).toInstant(),
        StepActivation.dueAt(at, SHANGHAI, hours, CHINA, NINE_TO_SIX));
  }

  @Test
  void theTenantsZoneAndOwnCalendarEntriesCount() {
    // 16:00 in Shanghai is 08:00 UTC: the working day is the tenant's, not the server's.
    Instant friday = Instant.parse("2026-04-03T08:00:00Z");
    assertEquals(
        Instant.parse("2026-04-08T06:00:00Z"),
        StepActivation.dueAt(friday, SHANGHAI, 16, CHINA, NINE_TO_SIX));
    // The tenant works Saturday 4 April (its own entry over the built-in holiday).
    WorkingDayCalendar tenant =
        CHINA.withOverrides(Map.of(LocalDate.parse("2026-04-04"), DayKind.WORKDAY));
    assertEquals(
        Instant.parse("2026-04-07T06:00:00Z"),
        StepActivation.dueAt(friday, SHANGHAI, 16, tenant, NINE_TO_SIX));
  }
}
