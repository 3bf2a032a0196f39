package com.opsuite.core.appraisal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.opsuite.core.appraisal.AppraisalFormula.Outcome;
import com.opsuite.core.appraisal.AppraisalFormula.Rating;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppraisalFormulaTest {

  /** Downloads 60 + quality 40; attitude 50 + teamwork 50 on 1–5; results 70 / criteria 30. */
  static TemplateSpec spec() {
    return new TemplateSpec(
        List.of(
            new WeightedIndicator("download-completion", d("60")),
            new WeightedIndicator("service-quality", d("40"))),
        List.of(
            new Criterion("attitude", "工作态度", "Attitude", d("50")),
            new Criterion("teamwork", "团队协作", "Teamwork", d("50"))),
        d("70"),
        new RatingScale(1, 5),
        new EvaluatorWeights(d("20"), d("60"), d("20")));
  }

  static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  static Rating rating(EvaluatorRole role, int attitude, int teamwork) {
    return new Rating(role, Map.of("attitude", attitude, "teamwork", teamwork));
  }

  @Test
  void combinesIndicatorsAndEvaluatorsExactlyAndRoundsOnlyTheTotal() {
    // I = (60×70 + 40×87.5)/100 = 77; self (100+75)/2 = 87.5; superior (75+50)/2 = 62.5;
    // peers: attitude (100+50)/2 = 75, teamwork (100+75)/2 = 87.5 → 81.25;
    // C = (20×87.5 + 60×62.5 + 20×81.25)/100 = 71.25; T = (70×77 + 30×71.25)/100 = 75.275 → 75.28.
    Outcome o =
        AppraisalFormula.compute(
            spec(),
            Map.of("download-completion", d("70.00"), "service-quality", d("87.50")),
            List.of(
                rating(EvaluatorRole.SELF, 5, 4),
                rating(EvaluatorRole.SUPERIOR, 4, 3),
                rating(EvaluatorRole.PEER, 5, 5),
                rating(EvaluatorRole.PEER, 3, 4)),
            GradeScale.DEFAULT);
    assertEquals(0, d("77").compareTo(o.indicatorPart()));
    assertEquals(0, d("81.25").compareTo(o.byRole().get(EvaluatorRole.PEER)));
    assertEquals(0, d("71.25").compareTo(o.criteriaPart()));
    assertEquals(d("75.28"), o.total());
    assertEquals("B", o.band().grade());
    assertEquals(0, d("1.0").compareTo(o.band().bonus()));
    assertTrue(o.unscoredIndicators().isEmpty());
    assertTrue(o.absentRoles().isEmpty());
  }

  @Test
  void withoutPeersTheOtherEvaluatorsAreRenormalized() {
    // C = (20×87.5 + 60×62.5)/80 = 68.75; T = (70×77 + 30×68.75)/100 = 74.525 → 74.53, grade C.
    Outcome o =
        AppraisalFormula.compute(
            spec(),
            Map.of("download-completion", d("70"), "service-quality", d("87.5")),
            List.of(rating(EvaluatorRole.SELF, 5, 4), rating(EvaluatorRole.SUPERIOR, 4, 3)),
            GradeScale.DEFAULT);
    assertEquals(0, d("68.75").compareTo(o.criteriaPart()));
    assertEquals(d("74.53"), o.total());
    assertEquals("C", o.band().grade());
    assertEquals(List.of(EvaluatorRole.PEER), o.absentRoles());
  }

  @Test
  void anIndicatorWithoutAScoreCountsAsZeroAndIsNamed() {
    // I = 60×120/100 = 72 (a capped score above 100 counts as it is); no evaluations: C = 0;
    // T = 70×72/100 = 50.4, grade D with bonus 0.
    Map<String, BigDecimal> scores = new HashMap<>();
    scores.put("download-completion", d("120"));
    scores.put("service-quality", null);
    Outcome o = AppraisalFormula.compute(spec(), scores, List.of(), GradeScale.DEFAULT);
    assertEquals(d("50.40"), o.total());
    assertEquals(List.of("service-quality"), o.unscoredIndicators());
    assertEquals(3, o.absentRoles().size());
    assertEquals("D", o.band().grade());
    assertEquals(0, BigDecimal.ZERO.compareTo(o.band().bonus()));
  }

  @Test
  void aThirdOfAPeerAverageIsKeptExactUntilTheEnd() {
    // Three peers rate attitude 5, 4, 4 → (100+75+75)/3 = 83.33…; teamwork 5 → 100;
    // peer part 91.666…; criteria only (results share 0), peers only: T = 91.67.
    TemplateSpec peersOnly =
        new TemplateSpec(
            List.of(),
            spec().criteria(),
            BigDecimal.ZERO,
            new RatingScale(1, 5),
            new EvaluatorWeights(d("0"), d("0"), d("100")));
    Outcome o =
        AppraisalFormula.compute(
            peersOnly,
            Map.of(),
            List.of(
                rating(EvaluatorRole.PEER, 5, 5),
                rating(EvaluatorRole.PEER, 4, 5),
                rating(EvaluatorRole.PEER, 4, 5)),
            GradeScale.DEFAULT);
    assertEquals(d("91.67"), o.total());
    assertEquals("A", o.band().grade());
  }

  @Test
  void anAnnualRollUpAveragesTheMonthsPresent() {
    assertEquals(d("80.01"), AppraisalFormula.rollUp(List.of(d("75.28"), d("84.73"))));
    assertEquals(null, AppraisalFormula.rollUp(List.of()));
  }
}
