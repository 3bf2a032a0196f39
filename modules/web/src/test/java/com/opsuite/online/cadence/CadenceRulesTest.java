package com.opsuite.online.cadence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.opsuite.core.calendar.WorkingDayCalendar;
import com.opsuite.online.content.ContentKind;
import com.opsuite.online.occasion.OccasionKind;
import com.opsuite.online.platform.PlatformKind;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The cadence rules around China's 2025 National Day: 1 to 8 October off, Sunday 28 September and
 * Saturday 11 October make-up working days. Each rule's due date and verdict, to the day.
 */
class CadenceRulesTest {

  private static final LocalDate SEP_28 = LocalDate.of(2025, 9, 28);
  private static final LocalDate SEP_29 = LocalDate.of(2025, 9, 29);
  private static final LocalDate SEP_30 = LocalDate.of(2025, 9, 30);
  private static final LocalDate OCT_6 = LocalDate.of(2025, 10, 6);
  private static final LocalDate OCT_10 = LocalDate.of(2025, 10, 10);
  private static final LocalDate OCT_11 = LocalDate.of(2025, 10, 11);

  private final CadenceRules rules =
      new CadenceRules(
          WorkingDayCalendar.chinaDefault(), new CadenceRules.Defaults(3, 1, 3, 3, false));

  private static final CadenceRules.PlatformLine SITE =
      new CadenceRules.PlatformLine(1, "Website", PlatformKind.WEBSITE, 10L, null, null, null);
  private static final CadenceRules.PlatformLine WECHAT =
      new CadenceRules.PlatformLine(2, "WeChat", PlatformKind.WECHAT, 20L, null, null, null);
  private static final CadenceRules.PlatformLine WEIBO =
      new CadenceRules.PlatformLine(3, "Weibo", PlatformKind.WEIBO, 30L, null, null, true);
  private static final CadenceRules.PlatformLine APP =
      new CadenceRules.PlatformLine(4, "App", PlatformKind.APP, 40L, null, null, null);

  private static CadenceRules.Inputs inputs(
      List<CadenceRules.Publication> pubs,
      List<CadenceRules.OccasionLine> occasions,
      List<CadenceRules.OccasionPublication> occasionPubs) {
    return new CadenceRules.Inputs(
        List.of(SITE, WECHAT, WEIBO, APP),
        pubs,
        occasions,
        occasionPubs,
        List.of(new CadenceRules.ColumnLine(7, 1, "About us", LocalDate.of(2025, 9, 1))),
        Map.of(7L, List.of(LocalDate.of(2025, 9, 15))));
  }

  private static List<CadenceRules.Publication> on(long platform, LocalDate... days) {
    List<CadenceRules.Publication> pubs = new ArrayList<>();
    for (LocalDate d : days) {
      pubs.add(new CadenceRules.Publication(platform, d));
    }
    return pubs;
  }

  private static CadenceRules.Result find(List<CadenceRules.Result> results, String ruleKey) {
    return results.stream().filter(r -> r.ruleKey().equals(ruleKey)).findFirst().orElseThrow();
  }

  @Test
  void aWebsiteWeekIsDueOnItsLastWorkingDayAMakeUpWeekendIncluded() {
    assertEquals(SEP_28, rules.lastWorkingDay(LocalDate.of(2025, 9, 22), SEP_28).orElseThrow());
    assertEquals(SEP_30, rules.lastWorkingDay(SEP_29, LocalDate.of(2025, 10, 5)).orElseThrow());
    assertEquals(OCT_11, rules.lastWorkingDay(OCT_6, LocalDate.of(2025, 10, 12)).orElseThrow());

    List<CadenceRules.Publication> pubs = on(1, SEP_29, SEP_30, LocalDate.of(2025, 10, 3));
    CadenceRules.Inputs in = inputs(pubs, List.of(), List.of());
    CadenceRules.Result onTheDay = find(rules.week(SEP_29, SEP_30, in), "weekly:1");
    assertEquals(Compliance.IN_PROGRESS, onTheDay.status());
    assertEquals(2, onTheDay.count());
    assertEquals(SEP_30, onTheDay.nextDueOn());
    assertEquals(1, onTheDay.shortBy());
    // A publication on a holiday still counts for the week.
    CadenceRules.Result after = find(rules.week(SEP_29, OCT_6, in), "weekly:1");
    assertEquals(Compliance.MET, after.status());
    assertEquals(3, after.count());
    assertNull(after.nextDueOn());
  }

  @Test
  void newMediaCountEveryCalendarDayUnlessWorkingDaysOnly() {
    List<CadenceRules.Publication> pubs = new ArrayList<>(on(2, SEP_29, SEP_30));
    pubs.addAll(on(3, SEP_29, SEP_30));
    List<CadenceRules.Result> week = rules.week(SEP_29, OCT_6, inputs(pubs, List.of(), List.of()));
    CadenceRules.Result wechat = find(week, "daily:2");
    assertEquals(Compliance.MISSED, wechat.status());
    assertEquals(2, wechat.count());
    assertEquals(7, wechat.required());
    CadenceRules.Result weibo = find(week, "daily:3");
    assertEquals(Compliance.MET, weibo.status());
    assertEquals(2, weibo.required());
    assertEquals(SEP_30, weibo.dueOn());
    // The week after: Thursday, Friday and the make-up Saturday are required; Friday is today.
    CadenceRules.Result next =
        find(
            rules.week(
                OCT_6, OCT_10, inputs(on(3, LocalDate.of(2025, 10, 9)), List.of(), List.of())),
            "daily:3");
    assertEquals(Compliance.IN_PROGRESS, next.status());
    assertEquals(3, next.required());
    assertEquals(OCT_10, next.nextDueOn());
    assertEquals(OCT_11, next.dueOn());
    // An app has no update rule unless the tenant gives it one.
    assertEquals(0, week.stream().filter(r -> r.ruleKey().endsWith(":4")).count());
  }

  @Test
  void eventNewsCountsWorkingDaysAndPromotionsMoveBeforeAHoliday() {
    assertEquals(SEP_30, rules.eventNewsDue(LocalDate.of(2025, 9, 27)));
    assertEquals(OCT_11, rules.eventNewsDue(SEP_30));
    assertEquals(SEP_30, rules.promotionDue(LocalDate.of(2025, 10, 9)));
    assertEquals(OCT_11, rules.promotionDue(LocalDate.of(2025, 10, 14)));
    assertEquals(LocalDate.of(2025, 9, 30), rules.lastWorkingDayOf(YearMonth.of(2025, 9)));

    CadenceRules.OccasionLine gala =
        new CadenceRules.OccasionLine(5, OccasionKind.EVENT, "Gala", SEP_29, SEP_30, true);
    CadenceRules.OccasionLine minor =
        new CadenceRules.OccasionLine(6, OccasionKind.EVENT, "Tea", SEP_29, SEP_30, false);
    CadenceRules.OccasionLine sale =
        new CadenceRules.OccasionLine(
            8,
            OccasionKind.PROMOTION,
            "Sale",
            LocalDate.of(2025, 10, 9),
            LocalDate.of(2025, 10, 12),
            true);
    List<CadenceRules.OccasionPublication> late =
        List.of(
            new CadenceRules.OccasionPublication(
                8, ContentKind.PROMOTION, LocalDate.of(2025, 10, 5)),
            new CadenceRules.OccasionPublication(5, ContentKind.ARTICLE, OCT_10));
    CadenceRules.Inputs in = inputs(List.of(), List.of(gala, minor, sale), late);

    CadenceRules.Result news = find(rules.week(OCT_6, OCT_10, in), "event:5");
    assertEquals(Compliance.IN_PROGRESS, news.status(), "an article is no news");
    assertEquals(OCT_11, news.nextDueOn());
    assertEquals(List.of(10L), news.ownerIds());
    assertEquals(
        Compliance.MISSED,
        find(rules.week(OCT_6, LocalDate.of(2025, 10, 13), in), "event:5").status());
    assertEquals(
        0,
        rules.week(OCT_6, OCT_10, in).stream().filter(r -> r.ruleKey().equals("event:6")).count());

    assertEquals(
        Compliance.IN_PROGRESS, find(rules.week(SEP_29, SEP_30, in), "promotion:8").status());
    assertEquals(Compliance.MISSED, find(rules.week(SEP_29, OCT_6, in), "promotion:8").status());
    assertEquals(Compliance.MET, find(rules.week(SEP_29, OCT_6, in), "column:7").status());
  }
}
