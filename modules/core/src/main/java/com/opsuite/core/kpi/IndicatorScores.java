package com.opsuite.core.kpi;

import com.opsuite.core.i18n.CoreText;
import com.opsuite.core.kpi.formula.Evaluation;
import com.opsuite.core.kpi.formula.NoValue;
import com.opsuite.core.tenancy.TenantBound;
import com.opsuite.core.validation.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Indicator scores: the public API of the KPI feature, which the appraisal builds on. A score is
 * the indicator's value for a subject in a period, the subject's target (their own, else the
 * tenant-wide one) and the score the target's rule gives, or the reason there is none. Asking for
 * many indicators and subjects at once reads everything in bulk first (see {@link ValueSheets}).
 */
@ApplicationScoped
@Transactional
@TenantBound
public class IndicatorScores {

  @Inject Indicators indicators;
  @Inject Targets targets;
  @Inject ValueSheets sheets;

  /** One indicator's score for one subject in one period of the indicator's kind. */
  public Score score(String indicatorCode, Period period, Subject subject) {
    return scores(List.of(indicatorCode), period, List.of(subject)).get(indicatorCode, subject);
  }

  /**
   * The scores of the indicators for the subjects in the period. Every indicator must exist and be
   * kept per the period's kind (a monthly indicator is scored for months); otherwise nothing is
   * computed and the input is refused.
   */
  public ScoreSheet scores(
      Collection<String> indicatorCodes, Period period, Collection<Subject> subjects) {
    List<Indicator> wanted = new ArrayList<>();
    for (String code : new LinkedHashSet<>(indicatorCodes)) {
      Indicator indicator =
          indicators
              .find(code)
              .orElseThrow(
                  () -> InvalidInputException.of("indicator", "kpi.indicator.notFound", code));
      if (indicator.getPeriodKind() != period.kind()) {
        throw InvalidInputException.of(
            "period",
            "kpi.period.kindMismatch",
            indicator.name(),
            new CoreText("kpi.periodKind." + indicator.getPeriodKind()),
            period.toString());
      }
      wanted.add(indicator);
    }
    ValueSheet sheet = sheets.read(wanted, period, subjects);
    Map<Long, Map<Subject, Target>> targetsOf = new HashMap<>();
    for (Target t : targets.forPeriod(wanted.stream().map(Indicator::getId).toList(), period)) {
      targetsOf.computeIfAbsent(t.getIndicatorId(), k -> new HashMap<>()).put(t.subject(), t);
    }
    ScoreSheet scores = new ScoreSheet(period);
    for (Subject subject : new LinkedHashSet<>(subjects)) {
      for (Indicator indicator : wanted) {
        Map<Subject, Target> set = targetsOf.getOrDefault(indicator.getId(), Map.of());
        Target target = set.containsKey(subject) ? set.get(subject) : set.get(Subject.tenant());
        scores.add(
            score(
                indicator, period, subject, sheet.indicator(indicator.getCode(), subject), target));
      }
    }
    return scores;
  }

  private static Score score(
      Indicator indicator, Period period, Subject subject, Evaluation value, Target target) {
    ScoringRule rule = target == null ? null : target.scoring();
    if (!value.known()) {
      return new Score(indicator.getCode(), period, subject, null, rule, null, value.reason());
    }
    if (rule == null) {
      return new Score(
          indicator.getCode(),
          period,
          subject,
          value.value(),
          null,
          null,
          NoValue.of("kpi.noValue.noTarget", indicator.name(), period.toString()));
    }
    return new Score(
        indicator.getCode(),
        period,
        subject,
        value.value(),
        rule,
        rule.score(value.value(), indicator.getDirection()),
        null);
  }
}
