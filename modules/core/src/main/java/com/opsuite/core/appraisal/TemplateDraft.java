package com.opsuite.core.appraisal;

import com.opsuite.core.i18n.LocalizedName;
import com.opsuite.core.validation.InvalidInputException.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A template as the API and pages send it; missing parts are reported, never guessed. */
public record TemplateDraft(
    String code,
    String nameZh,
    String nameEn,
    List<WeightedIndicator> indicators,
    List<Criterion> criteria,
    BigDecimal resultsShare,
    Integer scaleMin,
    Integer scaleMax,
    BigDecimal selfWeight,
    BigDecimal superiorWeight,
    BigDecimal peerWeight,
    Long version) {

  public LocalizedName name() {
    return new LocalizedName(nameZh, nameEn);
  }

  public TemplateSpec spec() {
    return new TemplateSpec(
        indicators == null ? List.of() : List.copyOf(indicators),
        criteria == null ? List.of() : List.copyOf(criteria),
        resultsShare,
        scaleMin == null || scaleMax == null ? null : new RatingScale(scaleMin, scaleMax),
        new EvaluatorWeights(selfWeight, superiorWeight, peerWeight));
  }

  List<Violation> problems() {
    List<Violation> problems = new ArrayList<>();
    if (code == null || !code.matches("[a-z][a-z0-9]*([-_][a-z0-9]+)*") || code.length() > 60) {
      problems.add(new Violation("code", "appraisal.template.code"));
    }
    if (nameZh == null || nameZh.isBlank() || nameZh.length() > 200) {
      problems.add(new Violation("nameZh", "appraisal.required"));
    }
    if (nameEn == null || nameEn.isBlank() || nameEn.length() > 200) {
      problems.add(new Violation("nameEn", "appraisal.required"));
    }
    problems.addAll(spec().problems());
    return problems;
  }
}
