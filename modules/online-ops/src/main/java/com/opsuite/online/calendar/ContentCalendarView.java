package com.opsuite.online.calendar;

import com.opsuite.core.security.CallerPermissions;
import com.opsuite.online.cadence.CadenceRules;
import com.opsuite.online.cadence.PageSupport;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The content calendar page: a month grid or a week, on all platforms or one. On a phone the same
 * days read as a list (the stylesheet stacks them and hides empty days of a month), so nothing
 * needs sideways scrolling.
 */
@Named
@ViewScoped
public class ContentCalendarView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient ContentCalendar calendar;
  @Inject transient CallerPermissions permissions;

  private String mode = "month";
  private LocalDate anchor;
  private Long platformId;
  private String date;
  private List<ContentCalendar.PlatformOption> platforms;
  private List<DayCell> days;

  /** One day of the grid with what happens on it. */
  public record DayCell(
      LocalDate date,
      String weekday,
      boolean inPeriod,
      boolean today,
      ContentCalendar.DayType type,
      List<ContentCalendar.Item> items,
      List<ContentCalendar.OccasionEntry> occasions)
      implements Serializable {

    public boolean isEmpty() {
      return items.isEmpty() && occasions.isEmpty();
    }

    public String getCss() {
      return "oc-day oc-day-"
          + type
          + (inPeriod ? "" : " oc-day-outside")
          + (today ? " oc-day-today" : "")
          + (isEmpty() ? " oc-day-empty" : "");
    }
  }

  public void guard() throws IOException {
    PageSupport.requireRead(permissions);
  }

  /** After the view parameters: {@code date} picks the period shown first. */
  public void load() {
    if (anchor == null) {
      anchor = parse(date);
      platforms = calendar.platforms();
    }
    refresh();
  }

  public void refresh() {
    LocalDate from;
    LocalDate to;
    if ("week".equals(mode)) {
      from = CadenceRules.mondayOf(anchor);
      to = from.plusDays(6);
    } else {
      YearMonth month = YearMonth.from(anchor);
      from = CadenceRules.mondayOf(month.atDay(1));
      to = CadenceRules.mondayOf(month.atEndOfMonth()).plusDays(6);
    }
    ContentCalendar.Span span = calendar.span(from, to, platformId);
    LocalDate today = LocalDate.now(calendar.zone());
    Locale locale = PageSupport.locale();
    days = new ArrayList<>();
    for (ContentCalendar.Day d : span.days()) {
      LocalDate day = d.day();
      days.add(
          new DayCell(
              day,
              day.getDayOfWeek().getDisplayName(TextStyle.SHORT, locale),
              "week".equals(mode) || YearMonth.from(day).equals(YearMonth.from(anchor)),
              day.equals(today),
              d.type(),
              span.items().stream().filter(i -> i.day().equals(day)).toList(),
              span.occasions().stream().filter(o -> o.covers(day)).toList()));
    }
  }

  public void previous() {
    anchor = "week".equals(mode) ? anchor.minusWeeks(1) : anchor.minusMonths(1);
    refresh();
  }

  public void next() {
    anchor = "week".equals(mode) ? anchor.plusWeeks(1) : anchor.plusMonths(1);
    refresh();
  }

  public void today() {
    anchor = LocalDate.now(calendar.zone());
    refresh();
  }

  public String getTitle() {
    Locale locale = PageSupport.locale();
    if ("week".equals(mode)) {
      DateTimeFormatter f =
          DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
      LocalDate monday = CadenceRules.mondayOf(anchor);
      return f.format(monday) + " – " + f.format(monday.plusDays(6));
    }
    return DateTimeFormatter.ofPattern(
            Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? "yyyy年M月" : "MMMM yyyy",
            locale)
        .format(anchor);
  }

  /** The weekday names over the month grid, Monday first. */
  public List<String> getWeekdays() {
    return days.stream().limit(7).map(DayCell::weekday).toList();
  }

  /** A piece's time of day, when it has a planned time. */
  public String time(ContentCalendar.Item item) {
    java.time.Instant at =
        item.published()
            ? item.targets().stream()
                .map(ContentCalendar.Target::publishedAt)
                .filter(java.util.Objects::nonNull)
                .min(java.util.Comparator.naturalOrder())
                .orElse(item.plannedAt())
            : item.plannedAt();
    if (at == null) {
      return "";
    }
    ZoneId zone = calendar.zone();
    LocalTime t = at.atZone(zone).toLocalTime();
    return t.format(DateTimeFormatter.ofPattern("HH:mm"));
  }

  public String platformNames(ContentCalendar.Item item) {
    return String.join(
        ", ", item.targets().stream().map(ContentCalendar.Target::platform).toList());
  }

  private LocalDate parse(String text) {
    try {
      return text == null || text.isBlank()
          ? LocalDate.now(calendar.zone())
          : LocalDate.parse(text);
    } catch (java.time.format.DateTimeParseException e) {
      return LocalDate.now(calendar.zone());
    }
  }

  public String getMode() {
    return mode;
  }

  public void setMode(String mode) {
    this.mode = "week".equals(mode) ? "week" : "month";
  }

  public Long getPlatformId() {
    return platformId;
  }

  public void setPlatformId(Long platformId) {
    this.platformId = platformId;
  }

  public String getDate() {
    return date;
  }

  public void setDate(String date) {
    this.date = date;
  }

  public LocalDate getAnchor() {
    return anchor;
  }

  public List<ContentCalendar.PlatformOption> getPlatforms() {
    return platforms;
  }

  public List<DayCell> getDays() {
    return days;
  }
}
