package com.opsuite.web.kpi;

import com.opsuite.core.kpi.Period;
import com.opsuite.core.kpi.PeriodKind;
import com.opsuite.core.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Periods as pages offer them: counted on the tenant's clock, not the server's. */
@ApplicationScoped
public class KpiPeriods {

  @Inject TenantContext tenant;

  /** The period of the kind that holds today. */
  public Period current(PeriodKind kind) {
    ZoneId zone = tenant.require().timeZone();
    return Period.of(LocalDate.now(zone == null ? ZoneId.systemDefault() : zone), kind);
  }

  /** The {@code count} periods ending with {@code last}, oldest first. */
  public static List<Period> ending(Period last, int count) {
    List<Period> periods = new ArrayList<>();
    Period p = last;
    for (int i = 0; i < count && p.year() >= Period.FIRST_YEAR; i++) {
      periods.add(p);
      LocalDate before = p.firstDay().minusDays(1);
      if (before.getYear() < Period.FIRST_YEAR) {
        break;
      }
      p = Period.of(before, p.kind());
    }
    Collections.reverse(periods);
    return periods;
  }
}
