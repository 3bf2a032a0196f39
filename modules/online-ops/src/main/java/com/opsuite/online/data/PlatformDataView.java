package com.opsuite.online.data;

import com.opsuite.online.platform.Platform;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Validator;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * Platform data entry: one platform's week by hand (the stored figures shown to change), a sheet
 * uploaded and previewed row by row before its valid rows are stored, and the recent weeks as a
 * table that exports to Excel.
 */
@Named("onlinePlatformDataView")
@ViewScoped
public class PlatformDataView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int WEEKS_OFFERED = 13;
  private static final int WEEKS_LISTED = 12;

  @Inject transient PlatformData data;
  @Inject transient PageTexts page;
  @Inject transient Validator validator;

  private List<Option> platforms = List.of();
  private List<String> weekOptions = List.of();
  private Long platformId;
  private String week;
  private Long followers;
  private Long newFollowers;
  private Long reads;
  private Long interactions;
  private Long visits;
  private Long conversions;
  private Long version;
  private List<Row> recent = List.of();

  private String fileName;
  private List<DataLine> lines;
  private List<PreviewRow> preview = List.of();

  /** A platform as the form offers it. */
  public record Option(Long id, String label) implements Serializable {}

  /** A stored week as the table shows it. */
  public record Row(
      String platform,
      String week,
      long followers,
      Long newFollowers,
      long reads,
      long interactions,
      long visits,
      long conversions)
      implements Serializable {}

  /** A row of an uploaded sheet with its verdict and problems in words. */
  public record PreviewRow(
      int number, String platform, String week, LineStatus status, String problems)
      implements Serializable {
    public boolean isRefused() {
      return status == LineStatus.REFUSED;
    }
  }

  @PostConstruct
  void init() {
    List<Option> options = new ArrayList<>();
    for (Platform p : data.platforms()) {
      if (p.isActive()) {
        options.add(new Option(p.getId(), p.getName()));
      }
    }
    platforms = options;
    List<String> weeks = new ArrayList<>();
    IsoWeek w = IsoWeek.of(data.today());
    for (int i = 0; i < WEEKS_OFFERED; i++, w = w.previous()) {
      weeks.add(w.toString());
    }
    weekOptions = weeks;
    week = weeks.size() > 1 ? weeks.get(1) : weeks.get(0);
    platformId = platforms.isEmpty() ? null : platforms.get(0).id();
    load();
    list();
  }

  /** Shows what is stored for the chosen platform and week, or empty fields. */
  public void load() {
    PlatformWeek stored =
        platformId == null || !weekOptions.contains(week)
            ? null
            : data.week(platformId, IsoWeek.parse(week)).orElse(null);
    WeekFigures f = stored == null ? null : stored.figures();
    followers = f == null ? null : f.followers();
    newFollowers = f == null ? null : f.newFollowers();
    reads = f == null ? null : f.reads();
    interactions = f == null ? null : f.interactions();
    visits = f == null ? null : f.visits();
    conversions = f == null ? null : f.conversions();
    version = stored == null ? null : stored.getVersion();
  }

  public void save() {
    if (platformId == null || !weekOptions.contains(week)) {
      page.error("data.entry.choose");
      return;
    }
    FiguresInput input =
        new FiguresInput(
            followers, newFollowers, reads, interactions, visits, conversions, version);
    try {
      BeanChecks.require(validator, input);
      PlatformData.Saved saved =
          data.put(
              platformId,
              IsoWeek.parse(week),
              input.figures(),
              version == null ? 0L : version,
              page.by());
      version = saved.row().getVersion();
      page.info("data.entry.saved", week);
      list();
    } catch (DataInvalidInput e) {
      page.invalid(e, "entry:");
    } catch (DataRefused e) {
      page.error(e.messageKey(), e.args());
    }
  }

  private void list() {
    IsoWeek to = IsoWeek.of(data.today());
    IsoWeek from = IsoWeek.of(to.monday().minusWeeks(WEEKS_LISTED - 1L));
    java.util.Map<Long, String> names = new java.util.HashMap<>();
    data.platforms().forEach(p -> names.put(p.getId(), p.getName()));
    recent =
        data.list(from, to, null, 0, 1000).stream()
            .map(
                w -> {
                  WeekFigures f = w.figures();
                  return new Row(
                      names.get(w.getPlatformId()),
                      w.getWeek().toString(),
                      f.followers(),
                      f.newFollowers(),
                      f.reads(),
                      f.interactions(),
                      f.visits(),
                      f.conversions());
                })
            .toList();
  }

  public void upload(FileUploadEvent event) {
    UploadedFile file = event.getFile();
    clearUpload();
    try {
      List<DataLine> read =
          PlatformDataFile.read(file.getContent(), file.getFileName(), file.getContentType());
      show(data.record(read, true, page.by()));
      lines = read;
      fileName = file.getFileName();
    } catch (DataInvalidInput e) {
      page.invalid(e, null);
    }
  }

  /** Stores the valid rows; the preview then shows what happened to each. */
  public void importValid() {
    if (lines == null) {
      return;
    }
    DataOutcome outcome = data.record(lines, false, page.by());
    show(outcome);
    lines = null;
    page.info(
        "data.import.done",
        outcome.count(LineStatus.ADDED),
        outcome.count(LineStatus.UPDATED),
        outcome.count(LineStatus.UNCHANGED),
        outcome.count(LineStatus.REFUSED));
    list();
    load();
  }

  public void cancelUpload() {
    clearUpload();
  }

  private void clearUpload() {
    fileName = null;
    lines = null;
    preview = List.of();
  }

  private void show(DataOutcome outcome) {
    preview =
        outcome.lines().stream()
            .map(
                l ->
                    new PreviewRow(
                        l.line().row(),
                        l.line().platform(),
                        l.line().week(),
                        l.status(),
                        l.problems().stream()
                            .map(v -> page.text(v.messageKey(), v.args()))
                            .collect(Collectors.joining(" "))))
            .toList();
  }

  public long count(String status) {
    LineStatus s = LineStatus.valueOf(status);
    return preview.stream().filter(r -> r.status() == s).count();
  }

  public boolean isImportable() {
    return lines != null && count("VALID") > 0;
  }

  public boolean isLoaded() {
    return lines != null;
  }

  public long getSizeLimit() {
    return PlatformDataFile.MAX_BYTES;
  }

  /** As text, so the page does not write it as 2,048. */
  public String getMaxKilobytes() {
    return String.valueOf(PlatformDataFile.MAX_KILOBYTES);
  }

  public List<Option> getPlatforms() {
    return platforms;
  }

  public List<String> getWeekOptions() {
    return weekOptions;
  }

  public List<Row> getRecent() {
    return recent;
  }

  public List<PreviewRow> getPreview() {
    return preview;
  }

  public String getFileName() {
    return fileName;
  }

  public Long getPlatformId() {
    return platformId;
  }

  public void setPlatformId(Long platformId) {
    this.platformId = platformId;
  }

  public String getWeek() {
    return week;
  }

  public void setWeek(String week) {
    this.week = week;
  }

  public Long getFollowers() {
    return followers;
  }

  public void setFollowers(Long followers) {
    this.followers = followers;
  }

  public Long getNewFollowers() {
    return newFollowers;
  }

  public void setNewFollowers(Long newFollowers) {
    this.newFollowers = newFollowers;
  }

  public Long getReads() {
    return reads;
  }

  public void setReads(Long reads) {
    this.reads = reads;
  }

  public Long getInteractions() {
    return interactions;
  }

  public void setInteractions(Long interactions) {
    this.interactions = interactions;
  }

  public Long getVisits() {
    return visits;
  }

  public void setVisits(Long visits) {
    this.visits = visits;
  }

  public Long getConversions() {
    return conversions;
  }

  public void setConversions(Long conversions) {
    this.conversions = conversions;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
