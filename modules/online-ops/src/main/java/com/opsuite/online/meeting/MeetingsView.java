package com.opsuite.online.meeting;

import com.opsuite.core.identity.UserAccount;
import com.opsuite.online.data.DataInvalidInput;
import com.opsuite.online.data.DataPermissions;
import com.opsuite.online.data.DataRefused;
import com.opsuite.online.data.IsoWeek;
import com.opsuite.online.data.PageTexts;
import com.opsuite.online.data.PlatformData;
import com.opsuite.online.data.WeekFigures.Figure;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The meetings page: a week or a month chosen, its pack as tables and charts, the PDF and Excel
 * downloads, and for a month the actions of the previous meeting (their status changed here) and
 * those agreed at this one.
 */
@Named("onlineMeetingsView")
@ViewScoped
public class MeetingsView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int PERIODS_OFFERED = 12;

  @Inject transient MeetingPacks packs;
  @Inject transient ImprovementActions actions;
  @Inject transient PlatformData data;
  @Inject transient PackPdf pdf;
  @Inject transient PageTexts page;
  @Inject transient MeetingUsers users;
  @Inject transient MeetingSchedule schedule;

  private MeetingPack.Kind kind = MeetingPack.Kind.WEEKLY;
  private String period;
  private List<String> periodOptions = List.of();
  private Figure chartFigure = Figure.READS;
  private MeetingPack pack;
  private String newText;
  private Long newOwnerId;
  private LocalDate newDueOn;

  private String kindParam;
  private String periodParam;
  private List<MeetingCalendar.Meeting> nextMeetings = List.of();

  @PostConstruct
  void init() {
    chooseKind();
    nextMeetings = schedule.next(java.time.Instant.now());
  }

  /**
   * Opens the pack a link names ({@code ?kind=WEEKLY&period=2026-W45}, as in the meeting notice); a
   * kind or period not offered leaves the page as it opened.
   */
  public void openRequested() {
    if (kindParam == null) {
      return;
    }
    try {
      kind = MeetingPack.Kind.valueOf(kindParam.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return;
    }
    chooseKind();
    if (periodParam != null && periodOptions.contains(periodParam.strip())) {
      period = periodParam.strip();
      refresh();
    }
  }

  /** "Monday 2026-12-14 14:30" in the page's language. */
  public String when(MeetingCalendar.Meeting m) {
    return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm (EEEE)", page.locale())
        .format(m.startsAt());
  }

  public List<MeetingCalendar.Meeting> getNextMeetings() {
    return nextMeetings;
  }

  public String getKindParam() {
    return kindParam;
  }

  public void setKindParam(String kindParam) {
    this.kindParam = kindParam;
  }

  public String getPeriodParam() {
    return periodParam;
  }

  public void setPeriodParam(String periodParam) {
    this.periodParam = periodParam;
  }

  /** Another kind of meeting: its recent periods, the one the next meeting discusses chosen. */
  public void chooseKind() {
    List<String> options = new ArrayList<>();
    LocalDate today = data.today();
    if (kind == MeetingPack.Kind.WEEKLY) {
      IsoWeek w = IsoWeek.of(today).previous();
      for (int i = 0; i < PERIODS_OFFERED; i++, w = w.previous()) {
        options.add(w.toString());
      }
    } else {
      YearMonth m = YearMonth.from(today).minusMonths(1);
      for (int i = 0; i < PERIODS_OFFERED; i++, m = m.minusMonths(1)) {
        options.add(m.toString());
      }
    }
    periodOptions = options;
    period = options.get(0);
    refresh();
  }

  /** Reads the pack again for what is chosen; only offered periods are read. */
  public void refresh() {
    if (!periodOptions.contains(period)) {
      period = periodOptions.get(0);
    }
    pack =
        kind == MeetingPack.Kind.WEEKLY
            ? packs.weekly(IsoWeek.parse(period))
            : packs.monthly(YearMonth.parse(period));
  }

  public String getFigureChart() {
    int index = Figure.all().indexOf(chartFigure);
    return PackCharts.currentVsPrevious(
        pack.platforms(), p -> p.figures().get(index), pack.period(), pack.previousPeriod());
  }

  public String getPublishedChart() {
    return PackCharts.currentVsPrevious(
        pack.platforms(),
        MeetingPack.PlatformFigures::published,
        pack.period(),
        pack.previousPeriod());
  }

  public StreamedContent getPdf() {
    byte[] bytes = pdf.write(pack, page.locale());
    return download(bytes, "application/pdf", "pdf");
  }

  public StreamedContent getWorkbook() {
    byte[] bytes = PackWorkbook.write(pack, page.locale());
    return download(bytes, PackWorkbook.MEDIA_TYPE, "xlsx");
  }

  private StreamedContent download(byte[] bytes, String type, String extension) {
    return DefaultStreamedContent.builder()
        .name(
            "meeting-"
                + kind.name().toLowerCase(java.util.Locale.ROOT)
                + "-"
                + pack.period()
                + "."
                + extension)
        .contentType(type)
        .stream(() -> new ByteArrayInputStream(bytes))
        .build();
  }

  /** Records an action agreed at this month's meeting. */
  public void addAction() {
    if (!page.has(DataPermissions.VIEW) || kind != MeetingPack.Kind.MONTHLY) {
      return;
    }
    try {
      actions.create(new ActionInput(period, newText, newOwnerId, newDueOn, null, null), page.by());
      newText = null;
      newOwnerId = null;
      newDueOn = null;
      page.info("meeting.action.added");
      refresh();
    } catch (DataInvalidInput e) {
      page.invalid(e, "meetings:new-");
    }
  }

  /** Sets an action's status as it stands now. */
  public void mark(MeetingPack.ActionRow row, String status) {
    try {
      actions.change(
          row.id(),
          new ActionInput(
              row.meetingMonth(),
              row.text(),
              row.ownerId(),
              row.dueOn(),
              ActionStatus.valueOf(status),
              row.version()),
          row.version(),
          page.by());
      page.info("meeting.action.saved");
    } catch (DataRefused e) {
      page.error(e.messageKey(), e.args());
    } catch (DataInvalidInput e) {
      page.invalid(e, null);
    }
    refresh();
  }

  public String percent(Comparison c) {
    return PackText.percent(c, page.locale());
  }

  public String number(Long n) {
    return PackText.number(n);
  }

  public String change(Long n) {
    return PackText.change(n);
  }

  public String figureName(Figure f) {
    return f == null ? page.text("meeting.published") : PackText.figure(f, page.locale());
  }

  public String trend(Comparison c) {
    return c.change() == null || c.change() == 0 ? "flat" : c.change() > 0 ? "up" : "down";
  }

  public List<UserAccount> getOwners() {
    return users.all();
  }

  public boolean isMonthly() {
    return kind == MeetingPack.Kind.MONTHLY;
  }

  public MeetingPack.Kind[] getKinds() {
    return MeetingPack.Kind.values();
  }

  public Figure[] getFigures() {
    return Figure.values();
  }

  public ActionStatus[] getStatuses() {
    return ActionStatus.values();
  }

  public MeetingPack getPack() {
    return pack;
  }

  public MeetingPack.Kind getKind() {
    return kind;
  }

  /** A form posted without its choices (a download) keeps the chosen meeting. */
  public void setKind(MeetingPack.Kind kind) {
    if (kind != null) {
      this.kind = kind;
    }
  }

  public String getPeriod() {
    return period;
  }

  public void setPeriod(String period) {
    if (period != null && !period.isBlank()) {
      this.period = period;
    }
  }

  public List<String> getPeriodOptions() {
    return periodOptions;
  }

  public Figure getChartFigure() {
    return chartFigure;
  }

  public void setChartFigure(Figure chartFigure) {
    this.chartFigure = chartFigure == null ? Figure.READS : chartFigure;
  }

  public String getNewText() {
    return newText;
  }

  public void setNewText(String newText) {
    this.newText = newText;
  }

  public Long getNewOwnerId() {
    return newOwnerId;
  }

  public void setNewOwnerId(Long newOwnerId) {
    this.newOwnerId = newOwnerId;
  }

  public LocalDate getNewDueOn() {
    return newDueOn;
  }

  public void setNewDueOn(LocalDate newDueOn) {
    this.newDueOn = newDueOn;
  }
}
