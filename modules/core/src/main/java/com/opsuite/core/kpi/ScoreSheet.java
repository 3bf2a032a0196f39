package com.opsuite.core.kpi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The scores of several indicators for several subjects in one period, computed together. */
public final class ScoreSheet {

  private record Key(String indicator, Subject subject) {}

  private final Period period;
  private final Map<Key, Score> scores = new LinkedHashMap<>();

  ScoreSheet(Period period) {
    this.period = period;
  }

  void add(Score score) {
    scores.put(new Key(score.indicatorCode(), score.subject()), score);
  }

  public Period period() {
    return period;
  }

  /** The score of the indicator for the subject; null if the sheet was not asked for them. */
  public Score get(String indicatorCode, Subject subject) {
    return scores.get(new Key(indicatorCode, subject));
  }

  /** Every score, subject by subject in the order asked, each in the order of the indicators. */
  public List<Score> all() {
    return new ArrayList<>(scores.values());
  }
}
