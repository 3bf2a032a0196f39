package com.opsuite.online.cadence;

import com.opsuite.online.OnlineTexts;
import java.time.format.TextStyle;
import java.util.Locale;

/** Cadence results in words: the rule, its status and what is due next. */
public final class CadenceTexts {

  private CadenceTexts() {}

  /** What is still needed and by when, e.g. "2 more updates on Website by 2025-09-30 (Tuesday)". */
  public static String due(Locale locale, CadenceRules.Result r) {
    if (r.nextDueOn() == null) {
      return "";
    }
    String weekday = r.nextDueOn().getDayOfWeek().getDisplayName(TextStyle.FULL, locale);
    return OnlineTexts.text(
        locale,
        "cadence.due." + r.rule().name(),
        r.shortBy(),
        r.subject(),
        r.nextDueOn().toString(),
        weekday);
  }

  public static String rule(Locale locale, CadenceRules.Result r) {
    return OnlineTexts.text(locale, r.rule().labelKey());
  }

  public static String status(Locale locale, Compliance status) {
    return OnlineTexts.text(locale, status.labelKey());
  }
}
