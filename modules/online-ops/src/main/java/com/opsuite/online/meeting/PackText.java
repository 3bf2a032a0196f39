package com.opsuite.online.meeting;

import com.opsuite.online.data.DataTexts;
import com.opsuite.online.data.WeekFigures.Figure;
import java.math.BigDecimal;
import java.util.Locale;

/** How the pack writes its values for people, the same on the page, in the PDF and in Excel. */
final class PackText {

  private PackText() {}

  static String title(MeetingPack pack, Locale locale) {
    return DataTexts.text(
        locale,
        pack.kind() == MeetingPack.Kind.WEEKLY ? "meeting.weekly.title" : "meeting.monthly.title",
        pack.period(),
        pack.previousPeriod());
  }

  static String figure(Figure f, Locale locale) {
    return DataTexts.text(locale, "data.figure." + f.name());
  }

  static String number(Long n) {
    return n == null ? "–" : String.format(Locale.ROOT, "%,d", n);
  }

  static String change(Long n) {
    return n == null ? "–" : (n > 0 ? "+" : "") + String.format(Locale.ROOT, "%,d", n);
  }

  /** "+25.00 %", or why there is no percent. */
  static String percent(Comparison c, Locale locale) {
    BigDecimal p = c.percent();
    if (p == null) {
      return DataTexts.text(locale, "meeting.percent." + c.noPercentReason());
    }
    return (p.signum() > 0 ? "+" : "") + p.toPlainString() + " %";
  }
}
