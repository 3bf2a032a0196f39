package com.opsuite.web.workspace;

import com.opsuite.core.calendar.CalendarDay;
import com.opsuite.core.calendar.ChinaPublicHolidays;
import com.opsuite.core.calendar.DayKind;
import com.opsuite.core.calendar.TenantCalendar;
import com.opsuite.core.security.CorePermissions;
import com.opsuite.core.security.RequiresPermission;
import com.opsuite.core.validation.InvalidInputException;
import com.opsuite.web.faces.CurrentUser;
import com.opsuite.web.faces.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The tenant's working-day calendar for one year: the built-in holidays and make-up working days,
 * and the tenant's own entries, which the administrator adds and removes.
 */
@Named
@ViewScoped
public class CalendarView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient TenantCalendar calendar;
  @Inject transient Messages messages;
  @Inject transient CurrentUser user;

  private int year = LocalDate.now().getYear();
  private LocalDate day;
  private DayKind kind = DayKind.REST;
  private String note;
  private List<CalendarDay> entries;

  @PostConstruct
  void load() {
    entries = calendar.entries(year);
  }

  public void changeYear() {
    load();
  }

  @RequiresPermission(CorePermissions.CALENDAR_EDIT)
  public void add() {
    try {
      calendar.set(day, kind, note, user.name());
      messages.info("calendar.saved");
      day = null;
      note = null;
      load();
    } catch (InvalidInputException e) {
      messages.invalid(e, "calendar:");
    }
  }

  @RequiresPermission(CorePermissions.CALENDAR_EDIT)
  public void remove(LocalDate date) {
    calendar.clear(date, user.name());
    messages.info("calendar.saved");
    load();
  }

  public List<LocalDate> getPublicHolidays() {
    return List.copyOf(ChinaPublicHolidays.publicHolidays(year));
  }

  public List<LocalDate> getMakeUpWorkdays() {
    return List.copyOf(ChinaPublicHolidays.makeUpWorkdays(year));
  }

  public boolean isOfficialSchedule() {
    return ChinaPublicHolidays.hasOfficialSchedule(year);
  }

  public DayKind[] getKinds() {
    return DayKind.values();
  }

  public List<CalendarDay> getEntries() {
    return entries;
  }

  public int getYear() {
    return year;
  }

  public void setYear(int year) {
    this.year = year;
  }

  public LocalDate getDay() {
    return day;
  }

  public void setDay(LocalDate day) {
    this.day = day;
  }

  public DayKind getKind() {
    return kind;
  }

  public void setKind(DayKind kind) {
    this.kind = kind;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
