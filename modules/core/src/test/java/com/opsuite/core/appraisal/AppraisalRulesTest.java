package com.opsuite.core.appraisal;

import static com.opsuite.core.appraisal.AppraisalFormulaTest.d;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.opsuite.core.validation.InvalidInputException.Violation;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class AppraisalRulesTest {

  private static List<String> keys(List<Violation> problems) {
    return problems.stream().map(Violation::messageKey).toList();
  }

  @Test
  void theSampleTemplateIsValid() {
    assertEquals(List.of(), AppraisalFormulaTest.spec().problems());
  }

  @Test
  void weightsMustAddUpToExactlyAHundred() {
    TemplateSpec s = AppraisalFormulaTest.spec();
    TemplateSpec bad =
        new TemplateSpec(
            List.of(new WeightedIndicator("a", d("60")), new WeightedIndicator("b", d("39.99"))),
            List.of(new Criterion("attitude", "工作态度", "Attitude", d("100"))),
            s.resultsShare(),
            s.scale(),
            new EvaluatorWeights(d("20"), d("60"), d("10")));
    List<Violation> problems = bad.problems();
    assertEquals(
        List.of("appraisal.template.indicatorWeights", "appraisal.template.evaluatorWeights"),
        keys(problems));
    assertEquals(new BigDecimal("99.99"), problems.get(0).args()[0]);
  }

  @Test
  void aShareWithoutItemsAScaleUpsideDownAndDuplicatesAreRefused() {
    TemplateSpec bad =
        new TemplateSpec(
            List.of(new WeightedIndicator("a", d("50")), new WeightedIndicator("a", d("50"))),
            List.of(),
            d("70"),
            new RatingScale(5, 1),
            new EvaluatorWeights(d("20"), d("60"), d("20")));
    assertEquals(
        List.of(
            "appraisal.template.duplicate",
            "appraisal.template.noCriteria",
            "appraisal.template.scale"),
        keys(bad.problems()));
  }

  @Test
  void gradesAreLookedUpByTheirMinimum() {
    GradeScale g = GradeScale.DEFAULT;
    assertEquals("A", g.of(d("90.00")).grade());
    assertEquals("B", g.of(d("89.99")).grade());
    assertEquals("B", g.of(d("75")).grade());
    assertEquals("C", g.of(d("74.99")).grade());
    assertEquals("D", g.of(d("59.99")).grade());
    assertEquals("D", g.of(d("0")).grade());
    assertEquals(0, d("1.2").compareTo(g.of(d("100")).bonus()));
    assertEquals(0, d("0.8").compareTo(g.of(d("60")).bonus()));
    assertEquals(List.of(), g.problems());
  }

  @Test
  void bandsMustDescendWithoutGaps() {
    GradeScale unordered =
        new GradeScale(
            List.of(
                new GradeBand("A", d("75"), d("1.2")),
                new GradeBand("B", d("90"), d("1")),
                new GradeBand("C", d("0"), d("0"))));
    assertEquals(List.of("appraisal.bands.descending"), keys(unordered.problems()));
    GradeScale gap =
        new GradeScale(
            List.of(new GradeBand("A", d("90"), d("1.2")), new GradeBand("B", d("60"), d("1"))));
    assertEquals(List.of("appraisal.bands.gap"), keys(gap.problems()));
    GradeScale twice =
        new GradeScale(
            List.of(new GradeBand("A", d("90"), d("-1")), new GradeBand("A", d("0"), d("1"))));
    assertEquals(
        List.of("appraisal.bands.bonus", "appraisal.bands.duplicate"), keys(twice.problems()));
  }
}
