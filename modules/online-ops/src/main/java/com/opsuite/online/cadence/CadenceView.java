package com.opsuite.online.cadence;

import com.opsuite.core.api.Caller;
import com.opsuite.core.security.CallerPermissions;
import com.opsuite.online.occasion.Occasion;
import com.opsuite.online.occasion.OccasionKind;
import com.opsuite.online.occasion.Occasions;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The cadence page: the week's compliance per platform and occasion with what is due next, the
 * weekly chart, the platforms' effective rules, the fixed columns to review and a small panel to
 * add events and promotions.
 */
@Named
@ViewScoped
public class CadenceView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int CHART_WEEKS = 8;

  @Inject transient CadenceService cadence;
  @Inject transient CadenceData data;
  @Inject transient Occasions occasions;
  @Inject transient CallerPermissions permissions;

  private String week;
  private LocalDate monday;
  private List<Row> rows;
  private long met;
  private long missed;
  private long inProgress;
  private String chart;
  private List<CadenceService.RuleLine> rules;
  private List<ColumnRow> columns;
  private List<OccasionRow> upcoming;

  private OccasionKind newKind = OccasionKind.EVENT;
  private String newTitle;
  private LocalDate newStartsOn;
  private LocalDate newEndsOn;
  private boolean newMajor = true;
  private Long newColumnPlatform;
  private String newColumnName;

  /** A compliance row in the page's language. */
  public record Row(
      String rule,
      String platform,
      String subject,
      String status,
      String statusLabel,
      int count,
      int required,
      LocalDate dueOn,
      String next)
      implements Serializable {}

  public record ColumnRow(long id, String platform, String name, LocalDate lastReviewedOn)
      implements Serializable {}

  public record OccasionRow(
      long id, String kind, String title, LocalDate startsOn, LocalDate endsOn, boolean major)
      implements Serializable {}

  public void guard() throws IOException {
    PageSupport.requireRead(permissions);
  }

  public void load() {
    if (monday == null) {
      try {
        monday = CadenceService.parseWeek(week);
      } catch (CadenceRefused e) {
        monday = null;
      }
      if (monday == null) {
        monday = CadenceRules.mondayOf(data.today());
      }
    }
    refresh();
  }

  public void refresh() {
    Locale locale = PageSupport.locale();
    CadenceService.WeekCompliance w = cadence.week(monday, null);
    rows =
        w.rows().stream()
            .map(
                r ->
                    new Row(
                        CadenceTexts.rule(locale, r),
                        r.platformName() == null ? "" : r.platformName(),
                        r.subject(),
                        r.status().name(),
                        CadenceTexts.status(locale, r.status()),
                        r.count(),
                        r.required(),
                        r.dueOn(),
                        CadenceTexts.due(locale, r)))
            .toList();
    met = w.count(Compliance.MET);
    missed = w.count(Compliance.MISSED);
    inProgress = w.count(Compliance.IN_PROGRESS);
    chart =
        ComplianceChart.json(
            cadence.history(monday, CHART_WEEKS, null),
            PageSupport.text("cadence.status.MET"),
            PageSupport.text("cadence.status.MISSED"));
    rules = cadence.rules();
    Map<Long, String> names =
        rules.stream()
            .collect(
                Collectors.toMap(
                    CadenceService.RuleLine::platformId, CadenceService.RuleLine::platform));
    columns =
        cadence.columns().stream()
            .map(
                c ->
                    new ColumnRow(
                        c.getId(),
                        names.getOrDefault(c.getPlatformId(), ""),
                        c.getName(),
                        c.getLastReviewedOn()))
            .toList();
    upcoming =
        occasions.list(monday.minusWeeks(1), monday.plusWeeks(8), null, 0, 50).items().stream()
            .map(CadenceView::row)
            .toList();
  }

  private static OccasionRow row(Occasion o) {
    return new OccasionRow(
        o.getId(), o.getKind().name(), o.getTitle(), o.getStartsOn(), o.getEndsOn(), o.isMajor());
  }

  public void previous() {
    monday = monday.minusWeeks(1);
    refresh();
  }

  public void next() {
    monday = monday.plusWeeks(1);
    refresh();
  }

  public void thisWeek() {
    monday = CadenceRules.mondayOf(data.today());
    refresh();
  }

  public void addOccasion() {
    permissions.require(CadenceAccess.EDIT_OCCASIONS);
    try {
      Occasion created =
          occasions.create(
              new Occasions.Form(newKind, newTitle, newStartsOn, newEndsOn, newMajor, null), by());
      PageSupport.message(FacesMessage.SEVERITY_INFO, "occasion.added", created.getTitle());
      newTitle = null;
      newStartsOn = null;
      newEndsOn = null;
      newMajor = true;
      refresh();
    } catch (CadenceRefused e) {
      PageSupport.refused(e);
    }
  }

  public void addColumn() {
    permissions.require(CadenceAccess.MANAGE);
    try {
      cadence.addColumn(newColumnPlatform, newColumnName, by());
      PageSupport.message(FacesMessage.SEVERITY_INFO, "cadence.column.added", newColumnName);
      newColumnName = null;
      refresh();
    } catch (CadenceRefused e) {
      PageSupport.refused(e);
    }
  }

  public void review(long columnId) {
    permissions.require(CadenceAccess.MANAGE);
    try {
      CadenceColumn c =
          cadence.review(
              columnId, null, CadenceAccess.userId(permissions, CadenceAccess.MANAGE), by());
      PageSupport.message(FacesMessage.SEVERITY_INFO, "cadence.column.reviewed", c.getName());
      refresh();
    } catch (CadenceRefused e) {
      PageSupport.refused(e);
    }
  }

  private String by() {
    return permissions.caller().map(c -> c.getName()).orElse(Caller.ANONYMOUS);
  }

  public boolean isMayEditOccasions() {
    return permissions.has(CadenceAccess.EDIT_OCCASIONS);
  }

  public boolean isMayManage() {
    return permissions.has(CadenceAccess.MANAGE);
  }

  public String getIsoWeek() {
    return CadenceService.isoWeek(monday);
  }

  public LocalDate getSunday() {
    return monday.plusDays(6);
  }

  public OccasionKind[] getKinds() {
    return OccasionKind.values();
  }

  public String getWeek() {
    return week;
  }

  public void setWeek(String week) {
    this.week = week;
  }

  public LocalDate getMonday() {
    return monday;
  }

  public List<Row> getRows() {
    return rows;
  }

  public long getMet() {
    return met;
  }

  public long getMissed() {
    return missed;
  }

  public long getInProgress() {
    return inProgress;
  }

  public String getChart() {
    return chart;
  }

  public List<CadenceService.RuleLine> getRules() {
    return rules;
  }

  public List<ColumnRow> getColumns() {
    return columns;
  }

  public List<OccasionRow> getUpcoming() {
    return upcoming;
  }

  public OccasionKind getNewKind() {
    return newKind;
  }

  public void setNewKind(OccasionKind newKind) {
    this.newKind = newKind;
  }

  public String getNewTitle() {
    return newTitle;
  }

  public void setNewTitle(String newTitle) {
    this.newTitle = newTitle;
  }

  public LocalDate getNewStartsOn() {
    return newStartsOn;
  }

  public void setNewStartsOn(LocalDate newStartsOn) {
    this.newStartsOn = newStartsOn;
  }

  public LocalDate getNewEndsOn() {
    return newEndsOn;
  }

  public void setNewEndsOn(LocalDate newEndsOn) {
    this.newEndsOn = newEndsOn;
  }

  public boolean isNewMajor() {
    return newMajor;
  }

  public void setNewMajor(boolean newMajor) {
    this.newMajor = newMajor;
  }

  public Long getNewColumnPlatform() {
    return newColumnPlatform;
  }

  public void setNewColumnPlatform(Long newColumnPlatform) {
    this.newColumnPlatform = newColumnPlatform;
  }

  public String getNewColumnName() {
    return newColumnName;
  }

  public void setNewColumnName(String newColumnName) {
    this.newColumnName = newColumnName;
  }
}
