package com.opsuite.core.calendar;

import com.opsuite.core.audit.AuditLog;
import com.opsuite.core.settings.CoreSettings;
import com.opsuite.core.settings.SettingCatalog;
import com.opsuite.core.settings.TenantSettings;
import com.opsuite.core.tenancy.TenantBound;
import com.opsuite.core.validation.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The current tenant's working-day calendar: the built-in China calendar with the tenant's own
 * entries on top. Rules such as "within 3 working days" and "within 12 working hours" use it.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class TenantCalendar {

  static final int MAX_NOTE = 200;

  @PersistenceContext EntityManager em;
  @Inject TenantSettings settings;
  @Inject AuditLog audit;

  public WorkingDayCalendar calendar() {
    Map<LocalDate, DayKind> overrides = new HashMap<>();
    em.createQuery("SELECT d FROM CalendarDay d", CalendarDay.class)
        .getResultList()
        .forEach(d -> overrides.put(d.getDay(), d.getKind()));
    return WorkingDayCalendar.chinaDefault().withOverrides(overrides);
  }

  /** The tenant's working hours (settings of core), e.g. 09:00 to 18:00. */
  public WorkingHours workingHours() {
    int start = (int) settings.longValue(SettingCatalog.CORE, CoreSettings.WORKDAY_START_HOUR);
    int end = (int) settings.longValue(SettingCatalog.CORE, CoreSettings.WORKDAY_END_HOUR);
    LocalTime endTime = end == 24 ? LocalTime.MAX : LocalTime.of(end, 0);
    return new WorkingHours(LocalTime.of(start, 0), endTime);
  }

  public List<CalendarDay> entries(int year) {
    return em.createQuery(
            "SELECT d FROM CalendarDay d WHERE d.day >= :from AND d.day < :to ORDER BY d.day",
            CalendarDay.class)
        .setParameter("from", LocalDate.of(year, 1, 1))
        .setParameter("to", LocalDate.of(year + 1, 1, 1))
        .getResultList();
  }

  /** Marks a day as a working day or a rest day for this tenant, whatever the built-in says. */
  public void set(LocalDate day, DayKind kind, String note, String by) {
    if (day == null) {
      throw InvalidInputException.of("day", "calendar.day.required");
    }
    if (kind == null) {
      throw InvalidInputException.of("kind", "calendar.kind.required");
    }
    String text = note == null || note.isBlank() ? null : note.strip();
    if (text != null && text.length() > MAX_NOTE) {
      throw InvalidInputException.of("note", "calendar.note.tooLong", MAX_NOTE);
    }
    CalendarDay entry = em.find(CalendarDay.class, day);
    String before = entry == null ? null : describe(entry.getKind(), entry.getNote());
    if (entry == null) {
      em.persist(new CalendarDay(day, kind, text, by));
    } else {
      entry.set(kind, text, by);
    }
    audit.record(by, "calendar.changed", day.toString(), before, describe(kind, text));
  }

  private static String describe(DayKind kind, String note) {
    return note == null ? kind.name() : kind.name() + " " + note;
  }

  /** Removes the tenant's entry: the day follows the built-in calendar again. */
  public void clear(LocalDate day, String by) {
    CalendarDay entry = em.find(CalendarDay.class, day);
    if (entry != null) {
      em.remove(entry);
      audit.record(
          by, "calendar.changed", day.toString(), describe(entry.getKind(), entry.getNote()), null);
    }
  }
}
