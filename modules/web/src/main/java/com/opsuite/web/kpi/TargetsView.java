package com.opsuite.web.kpi;

import com.opsuite.core.kpi.Indicator;
import com.opsuite.core.kpi.Indicators;
import com.opsuite.core.kpi.ScoringDraft;
import com.opsuite.core.kpi.ScoringKind;
import com.opsuite.core.kpi.ScoringRule;
import com.opsuite.core.kpi.SubjectKind;
import com.opsuite.core.kpi.Subjects;
import com.opsuite.core.kpi.Target;
import com.opsuite.core.kpi.Targets;
import com.opsuite.core.security.CorePermissions;
import com.opsuite.core.security.RequiresPermission;
import com.opsuite.core.validation.InvalidInputException;
import com.opsuite.web.faces.CurrentUser;
import com.opsuite.web.faces.Messages;
import com.opsuite.web.faces.ShownTimes;
import com.opsuite.web.i18n.LocaleSelection;
import com.opsuite.web.org.SaveFailures;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Targets of one indicator: the list by period and subject, and a form that sets or changes one
 * with its scoring rule (linear floor, target and cap, or bands) through {@link Targets}. Problems
 * show beside their fields, typed values stay; a closed period is refused with its message.
 */
@Named
@ViewScoped
@RequiresPermission(CorePermissions.KPI_MANAGE)
public class TargetsView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "edit:";

  @Inject Indicators indicators;
  @Inject Targets targets;
  @Inject KpiChoices choices;
  @Inject KpiPeriods periods;
  @Inject Messages messages;
  @Inject CurrentUser user;
  @Inject ShownTimes times;
  @Inject LocaleSelection localeSelection;

  private List<KpiOption> indicatorOptions = List.of();
  private List<KpiOption> subjectOptions = List.of();
  private String indicator;
  private List<TargetLine> lines = List.of();
  private Long editing;
  private Long version;
  private String period;
  private String subject = "tenant";
  private ScoringKind rule = ScoringKind.LINEAR;
  private BigDecimal floor;
  private BigDecimal target;
  private BigDecimal cap = BigDecimal.valueOf(120);
  private List<BandForm> bands = new ArrayList<>();

  /** One target as the list shows it. */
  public record TargetLine(
      long id, String period, String subject, String rule, String by, String at)
      implements Serializable {}

  @PostConstruct
  void init() {
    indicatorOptions = choices.indicators(localeSelection.getLocale());
    subjectOptions =
        choices.subjects(
            CorePermissions.KPI_MANAGE,
            EnumSet.allOf(SubjectKind.class),
            localeSelection.getLocale());
    if (!indicatorOptions.isEmpty()) {
      indicator = indicatorOptions.get(0).value();
    }
    chooseIndicator();
  }

  /** Another indicator: its targets, and a fresh form for its current period. */
  public void chooseIndicator() {
    startNew();
    load();
  }

  public void startNew() {
    editing = null;
    version = null;
    subject = "tenant";
    rule = ScoringKind.LINEAR;
    floor = target = null;
    cap = BigDecimal.valueOf(120);
    bands = new ArrayList<>();
    period = chosen().map(i -> periods.current(i.getPeriodKind()).toString()).orElse(null);
  }

  public void edit(long id) {
    targets.find(id).ifPresent(this::fill);
  }

  public void addBand() {
    bands.add(new BandForm(null, null));
  }

  public void removeBand(int index) {
    bands.remove(index);
  }

  public void save() {
    Optional<Indicator> found = chosen();
    if (found.isEmpty()) {
      return;
    }
    ScoringDraft draft =
        new ScoringDraft(
            rule,
            floor,
            target,
            cap,
            rule == ScoringKind.BANDED
                ? bands.stream()
                    .map(b -> new ScoringDraft.BandDraft(b.getThreshold(), b.getScore()))
                    .toList()
                : null);
    try {
      if (editing == null) {
        targets.create(
            found.get(),
            Subjects.period("period", period),
            SubjectKeys.parse(subject),
            draft,
            user.name());
      } else {
        Target t = targets.find(editing).orElseThrow();
        targets.change(found.get(), t, draft, version, user.name());
      }
      messages.pageInfo("targets.saved", period);
      startNew();
      load();
    } catch (RuntimeException e) {
      refused(e);
    }
  }

  public void delete(long id) {
    Optional<Indicator> found = chosen();
    Optional<Target> t = targets.find(id);
    if (found.isPresent() && t.isPresent()) {
      try {
        targets.delete(found.get(), t.get(), user.name());
        messages.pageInfo("targets.deleted");
      } catch (RuntimeException e) {
        refused(e);
      }
    }
    load();
  }

  /** Each problem beside its field; the bands share one place. */
  private void refused(RuntimeException e) {
    if (SaveFailures.isStale(e)) {
      messages.pageError(null, "targets.stale");
      load();
      return;
    }
    InvalidInputException invalid = null;
    for (Throwable t = e; t != null && invalid == null; t = t.getCause()) {
      invalid = t instanceof InvalidInputException i ? i : null;
    }
    if (invalid == null) {
      throw e;
    }
    for (InvalidInputException.Violation v : invalid.violations()) {
      String field = v.field();
      String at =
          field.startsWith("bands")
              ? "bands"
              : field.equals("staffId") || field.equals("unitId") ? "subject" : field;
      messages.fieldError(FORM + at, v.messageKey(), v.args());
    }
  }

  private void fill(Target t) {
    editing = t.getId();
    version = t.getVersion();
    period = t.period().toString();
    subject = SubjectKeys.key(t.subject());
    bands = new ArrayList<>();
    if (t.scoring() instanceof ScoringRule.Linear l) {
      rule = ScoringKind.LINEAR;
      floor = ShownRules.plain(l.floor());
      target = ShownRules.plain(l.target());
      cap = l.cap();
    } else if (t.scoring() instanceof ScoringRule.Banded b) {
      rule = ScoringKind.BANDED;
      cap = b.cap();
      b.bands()
          .forEach(
              x ->
                  bands.add(
                      new BandForm(ShownRules.plain(x.threshold()), ShownRules.plain(x.score()))));
    }
  }

  private void load() {
    Optional<Indicator> found = chosen();
    if (found.isEmpty()) {
      lines = List.of();
      return;
    }
    Map<String, String> names =
        subjectOptions.stream()
            .collect(Collectors.toMap(KpiOption::value, KpiOption::label, (a, b) -> a));
    lines =
        targets.of(found.get(), null).stream()
            .map(
                t ->
                    new TargetLine(
                        t.getId(),
                        t.period().toString(),
                        names.getOrDefault(SubjectKeys.key(t.subject()), t.subject().toString()),
                        ShownRules.describe(t.scoring(), found.get().getUnit(), messages),
                        t.getUpdatedBy(),
                        times.minute(t.getUpdatedAt())))
            .toList();
  }

  private Optional<Indicator> chosen() {
    return indicator == null ? Optional.empty() : indicators.find(indicator);
  }

  public boolean isCreating() {
    return editing == null;
  }

  public boolean isBanded() {
    return rule == ScoringKind.BANDED;
  }

  public List<KpiOption> getIndicatorOptions() {
    return indicatorOptions;
  }

  public List<KpiOption> getSubjectOptions() {
    return subjectOptions;
  }

  public ScoringKind[] getRules() {
    return ScoringKind.values();
  }

  public List<TargetLine> getLines() {
    return lines;
  }

  public String getIndicator() {
    return indicator;
  }

  public void setIndicator(String indicator) {
    this.indicator = indicator;
  }

  public String getPeriod() {
    return period;
  }

  public void setPeriod(String period) {
    if (editing == null) {
      this.period = period;
    }
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    if (editing == null) {
      this.subject = subject;
    }
  }

  public ScoringKind getRule() {
    return rule;
  }

  public void setRule(ScoringKind rule) {
    this.rule = rule;
  }

  public BigDecimal getFloor() {
    return floor;
  }

  public void setFloor(BigDecimal floor) {
    this.floor = floor;
  }

  public BigDecimal getTarget() {
    return target;
  }

  public void setTarget(BigDecimal target) {
    this.target = target;
  }

  public BigDecimal getCap() {
    return cap;
  }

  public void setCap(BigDecimal cap) {
    this.cap = cap;
  }

  public List<BandForm> getBands() {
    return bands;
  }
}
