package com.opsuite.web.appraisal;

import com.opsuite.core.appraisal.AppraisalAccess;
import com.opsuite.core.appraisal.AppraisalCycles;
import com.opsuite.core.appraisal.AppraisalEvaluations;
import com.opsuite.core.appraisal.AppraisalRefusedException;
import com.opsuite.core.appraisal.AppraisalViews;
import com.opsuite.core.validation.InvalidInputException;
import com.opsuite.web.faces.Messages;
import com.opsuite.web.i18n.LocaleSelection;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * My appraisal: the evaluations I must fill (self, superior, peer), each submitted once with a
 * rating per criterion and a comment, and my own results with their grade.
 */
@Named
@ViewScoped
public class MyAppraisalView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient AppraisalAccess access;
  @Inject transient AppraisalEvaluations evaluations;
  @Inject transient AppraisalCycles cycles;
  @Inject transient AppraisalViews views;
  @Inject transient LocaleSelection locale;
  @Inject Messages messages;

  private boolean onStaff;
  private List<AppraisalViews.EvaluationInfo> toFill = List.of();
  private List<AppraisalViews.EvaluationInfo> filled = List.of();
  private List<AppraisalViews.ResultInfo> results = List.of();
  private List<AppraisalViews.ResultInfo> teamResults = List.of();
  private Long editing;
  private final Map<String, Integer> ratings = new HashMap<>();
  private String comment;

  @PostConstruct
  void load() {
    onStaff = access.me().isPresent();
    if (!onStaff) {
      return;
    }
    long me = access.myStaffId();
    List<AppraisalViews.EvaluationInfo> all =
        views.evaluations(evaluations.assignedTo(me), locale.getLocale());
    toFill = all.stream().filter(AppraisalViews.EvaluationInfo::open).toList();
    filled = all.stream().filter(AppraisalViews.EvaluationInfo::submitted).toList();
    results = views.results(cycles.resultsOf(me), locale.getLocale());
    teamResults = views.results(cycles.resultsOf(access.team()), locale.getLocale());
  }

  public void edit(long evaluationId) {
    editing = evaluationId;
    ratings.clear();
    comment = null;
  }

  public void cancel() {
    editing = null;
  }

  public void submit() {
    try {
      evaluations.submit(editing, Map.copyOf(ratings), comment, access.myStaffId());
      messages.pageInfo("appraisal.submitted");
      editing = null;
      load();
    } catch (InvalidInputException e) {
      // A rating missing or off the scale: the form stays open with the message at the top.
      e.violations().forEach(v -> messages.error(v.messageKey(), v.args()));
    } catch (AppraisalRefusedException e) {
      // Submitted already (in another tab), locked meanwhile, or not this user's.
      messages.error(e.messageKey(), e.args());
      editing = null;
      load();
    }
  }

  public AppraisalViews.EvaluationInfo getCurrent() {
    return editing == null
        ? null
        : toFill.stream().filter(e -> e.id() == editing).findFirst().orElse(null);
  }

  /** The points of the current evaluation's scale, lowest first. */
  public List<Integer> getPoints() {
    AppraisalViews.EvaluationInfo current = getCurrent();
    return current == null
        ? List.of()
        : IntStream.rangeClosed(current.scaleMin(), current.scaleMax()).boxed().toList();
  }

  public boolean isOnStaff() {
    return onStaff;
  }

  public List<AppraisalViews.EvaluationInfo> getToFill() {
    return toFill;
  }

  public List<AppraisalViews.EvaluationInfo> getFilled() {
    return filled;
  }

  /** The results of everyone under the signed-in user: "my team's appraisals". */
  public List<AppraisalViews.ResultInfo> getTeamResults() {
    return teamResults;
  }

  public List<AppraisalViews.ResultInfo> getResults() {
    return results;
  }

  public Long getEditing() {
    return editing;
  }

  public Map<String, Integer> getRatings() {
    return ratings;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}
