package com.opsuite.web.appraisal;

import com.opsuite.core.appraisal.AppraisalCycles;
import com.opsuite.core.appraisal.AppraisalReminders;
import com.opsuite.core.appraisal.AppraisalViews;
import com.opsuite.web.faces.CurrentUser;
import com.opsuite.web.faces.Messages;
import com.opsuite.web.i18n.LocaleSelection;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * A cycle's progress for those managing appraisals (the page requires core.appraisal.manage): who
 * has not evaluated yet, and the results with grade and bonus, exported to Excel by the page.
 */
@Named
@ViewScoped
public class AppraisalCyclesView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient AppraisalCycles cycles;
  @Inject transient AppraisalViews views;
  @Inject transient LocaleSelection locale;
  @Inject transient AppraisalReminders reminders;
  @Inject transient CurrentUser user;
  @Inject transient Messages messages;

  private List<AppraisalViews.CycleInfo> all = List.of();
  private Long selected;
  private AppraisalViews.Progress progress;
  private List<AppraisalViews.ResultInfo> results = List.of();

  @PostConstruct
  void load() {
    all = cycles.all().stream().map(c -> views.cycle(c, locale.getLocale())).toList();
    if (selected == null && !all.isEmpty()) {
      selected = all.get(0).id();
    }
    show();
  }

  public void show() {
    if (selected == null) {
      return;
    }
    cycles
        .find(selected)
        .ifPresent(
            c -> {
              progress = views.progress(c, locale.getLocale());
              results = views.results(cycles.results(c.getId()), locale.getLocale());
            });
  }

  /** Shows the cycle, e.g. one just opened, among all the cycles read again. */
  void showCycle(long id) {
    selected = id;
    load();
  }

  /** Mails everyone still to evaluate in the cycle shown, and says how many were mailed. */
  public void remind() {
    if (selected != null) {
      messages.pageInfo("appraisalCycles.reminded", reminders.remind(selected, user.name()));
    }
  }

  public List<AppraisalViews.CycleInfo> getAll() {
    return all;
  }

  public Long getSelected() {
    return selected;
  }

  public void setSelected(Long selected) {
    this.selected = selected;
  }

  public AppraisalViews.Progress getProgress() {
    return progress;
  }

  public List<AppraisalViews.ResultInfo> getResults() {
    return results;
  }

  /** Results not yet computed, for the progress line. */
  public long getOpenCount() {
    return results.stream().filter(r -> r.total() == null).count();
  }
}
