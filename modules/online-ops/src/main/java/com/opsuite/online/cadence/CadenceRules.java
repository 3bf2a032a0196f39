package com.opsuite.online.cadence;

import com.opsuite.core.calendar.WorkingDayCalendar;
import com.opsuite.online.content.ContentKind;
import com.opsuite.online.occasion.OccasionKind;
import com.opsuite.online.platform.PlatformKind;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The seed's cadence rules as plain logic over one tenant's working-day calendar, so each rule's
 * dates can be checked without a container. Every rule-period belongs to the ISO week (Monday to
 * Sunday) holding its due date; a KPI period likewise counts the rule-periods due in it.
 *
 * <ul>
 *   <li>Weekly updates: publications on the platform from Monday to Sunday; due on the week's last
 *       working day (a Saturday or Sunday make-up working day included), when people are in to
 *       publish. A week without a working day asks nothing. Missed once the week is over.
 *   <li>Daily updates: each calendar day, or each working day when the platform (or the tenant's
 *       setting) says working days only, needs N publications that day. The week is met when every
 *       required day was, missed as soon as one required day passed short.
 *   <li>Event news: a NEWS item linked to a major EVENT published on any platform by the N-th
 *       working day after the event ends.
 *   <li>Promotion lead: a PROMOTION item linked to the promotion published N calendar days before
 *       it starts; when that day is a rest day, by the last working day before it, since nobody is
 *       in to publish on a holiday.
 *   <li>Column review: each fixed column reviewed in every month, due on the month's last working
 *       day; a column created after that day is not yet due.
 * </ul>
 */
public final class CadenceRules {

  private final WorkingDayCalendar calendar;
  private final Defaults defaults;

  public CadenceRules(WorkingDayCalendar calendar, Defaults defaults) {
    this.calendar = Objects.requireNonNull(calendar);
    this.defaults = Objects.requireNonNull(defaults);
  }

  /** The tenant's settings: what a platform without its own rule follows. */
  public record Defaults(
      int siteUpdatesPerWeek,
      int newMediaUpdatesPerDay,
      int eventNewsWorkingDays,
      int promotionLeadDays,
      boolean newMediaWorkingDaysOnly) {}

  /** A platform and its own rule; null fields follow the {@link Defaults}. */
  public record PlatformLine(
      long id,
      String name,
      PlatformKind kind,
      Long ownerId,
      Integer weeklyMin,
      Integer dailyMin,
      Boolean workingDaysOnly) {}

  /** A publication on a platform, on a day of the tenant's time zone. */
  public record Publication(long platformId, LocalDate day) {}

  public record OccasionLine(
      long id,
      OccasionKind kind,
      String title,
      LocalDate startsOn,
      LocalDate endsOn,
      boolean major) {}

  /** The first day a piece of this kind linked to the occasion was published anywhere. */
  public record OccasionPublication(long occasionId, ContentKind kind, LocalDate firstDay) {}

  public record ColumnLine(long id, long platformId, String name, LocalDate createdOn) {}

  /** What the rules read for a span of weeks. */
  public record Inputs(
      List<PlatformLine> platforms,
      List<Publication> publications,
      List<OccasionLine> occasions,
      List<OccasionPublication> occasionPublications,
      List<ColumnLine> columns,
      Map<Long, List<LocalDate>> reviews) {}

  /**
   * One rule for one period. {@code nextDueOn} and {@code shortBy} say what is still needed and by
   * when (null and 0 when nothing is); {@code ruleKey} and {@code periodKey} name it for warnings.
   */
  public record Result(
      RuleKind rule,
      Long platformId,
      String platformName,
      Long occasionId,
      String subject,
      Compliance status,
      int count,
      int required,
      LocalDate dueOn,
      LocalDate nextDueOn,
      int shortBy,
      List<Long> ownerIds,
      String ruleKey,
      String periodKey) {}

  public static LocalDate mondayOf(LocalDate day) {
    return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  /** The week's rule-periods as of {@code today}: the platforms' first, then occasions, columns. */
  public List<Result> week(LocalDate anyDay, LocalDate today, Inputs in) {
    LocalDate monday = mondayOf(anyDay);
    LocalDate sunday = monday.plusDays(6);
    // As of a day, nothing later has happened yet: a past week reads as it stood then.
    List<Publication> publications =
        in.publications().stream().filter(x -> !x.day().isAfter(today)).toList();
    List<OccasionPublication> occasionPublications =
        in.occasionPublications().stream().filter(x -> !x.firstDay().isAfter(today)).toList();
    List<Result> results = new ArrayList<>();
    for (PlatformLine p : in.platforms()) {
      int weekly = weeklyMin(p);
      if (weekly > 0) {
        results.add(weekly(p, weekly, monday, today, publications));
      }
      int daily = dailyMin(p);
      if (daily > 0) {
        results.add(daily(p, daily, monday, today, publications));
      }
    }
    List<Long> siteOwners =
        in.platforms().stream()
            .filter(p -> p.kind() == PlatformKind.WEBSITE && p.ownerId() != null)
            .map(PlatformLine::ownerId)
            .distinct()
            .toList();
    for (OccasionLine o : in.occasions()) {
      occasion(o, today, occasionPublications, siteOwners)
          .filter(r -> !r.dueOn().isBefore(monday) && !r.dueOn().isAfter(sunday))
          .ifPresent(results::add);
    }
    for (ColumnLine c : in.columns()) {
      PlatformLine platform =
          in.platforms().stream().filter(p -> p.id() == c.platformId()).findFirst().orElse(null);
      if (platform == null) {
        continue;
      }
      for (YearMonth month : monthsOf(monday, sunday)) {
        LocalDate due = lastWorkingDayOf(month);
        if (!due.isBefore(monday) && !due.isAfter(sunday) && !c.createdOn().isAfter(due)) {
          results.add(column(c, platform, month, due, today, in.reviews()));
        }
      }
    }
    return results;
  }

  int weeklyMin(PlatformLine p) {
    if (p.weeklyMin() != null) {
      return p.weeklyMin();
    }
    return p.kind() == PlatformKind.WEBSITE ? defaults.siteUpdatesPerWeek() : 0;
  }

  int dailyMin(PlatformLine p) {
    if (p.dailyMin() != null) {
      return p.dailyMin();
    }
    return p.kind().isNewMedia() ? defaults.newMediaUpdatesPerDay() : 0;
  }

  boolean workingDaysOnly(PlatformLine p) {
    return p.workingDaysOnly() != null ? p.workingDaysOnly() : defaults.newMediaWorkingDaysOnly();
  }

  private Result weekly(
      PlatformLine p, int required, LocalDate monday, LocalDate today, List<Publication> pubs) {
    LocalDate sunday = monday.plusDays(6);
    int count = (int) published(pubs, p.id(), monday, sunday);
    Optional<LocalDate> due = lastWorkingDay(monday, sunday);
    Compliance status;
    if (due.isEmpty()) {
      status = Compliance.EXEMPT;
    } else if (count >= required) {
      status = Compliance.MET;
    } else if (today.isAfter(sunday)) {
      status = Compliance.MISSED;
    } else {
      status = Compliance.IN_PROGRESS;
    }
    int missing = status == Compliance.IN_PROGRESS ? required - count : 0;
    return new Result(
        RuleKind.WEEKLY_UPDATES,
        p.id(),
        p.name(),
        null,
        p.name(),
        status,
        count,
        required,
        due.orElse(sunday),
        missing > 0 ? due.get() : null,
        missing,
        owners(p),
        "weekly:" + p.id(),
        monday.toString());
  }

  private Result daily(
      PlatformLine p, int perDay, LocalDate monday, LocalDate today, List<Publication> pubs) {
    boolean workingOnly = workingDaysOnly(p);
    int requiredDays = 0;
    int metDays = 0;
    boolean missed = false;
    LocalDate lastRequired = null;
    LocalDate next = null;
    int shortBy = 0;
    for (int i = 0; i < 7; i++) {
      LocalDate day = monday.plusDays(i);
      if (workingOnly && !calendar.isWorkingDay(day)) {
        continue;
      }
      requiredDays++;
      lastRequired = day;
      int count = (int) published(pubs, p.id(), day, day);
      if (count >= perDay) {
        metDays++;
      } else if (day.isBefore(today)) {
        missed = true;
      } else if (next == null) {
        next = day;
        shortBy = perDay - count;
      }
    }
    Compliance status;
    if (requiredDays == 0) {
      status = Compliance.EXEMPT;
    } else if (missed) {
      status = Compliance.MISSED;
    } else if (metDays == requiredDays) {
      status = Compliance.MET;
    } else {
      status = Compliance.IN_PROGRESS;
    }
    return new Result(
        RuleKind.DAILY_UPDATES,
        p.id(),
        p.name(),
        null,
        p.name(),
        status,
        metDays,
        requiredDays,
        lastRequired == null ? monday.plusDays(6) : lastRequired,
        status == Compliance.MISSED ? null : next,
        status == Compliance.MISSED ? 0 : shortBy,
        owners(p),
        "daily:" + p.id(),
        monday.toString());
  }

  /** The occasion's rule-period, if it has one (a minor event has none). */
  public Optional<Result> occasion(
      OccasionLine o, LocalDate today, List<OccasionPublication> pubs, List<Long> siteOwners) {
    RuleKind rule;
    ContentKind wanted;
    LocalDate due;
    if (o.kind() == OccasionKind.EVENT) {
      if (!o.major()) {
        return Optional.empty();
      }
      rule = RuleKind.EVENT_NEWS;
      wanted = ContentKind.NEWS;
      due = eventNewsDue(o.endsOn());
    } else {
      rule = RuleKind.PROMOTION_LEAD;
      wanted = ContentKind.PROMOTION;
      due = promotionDue(o.startsOn());
    }
    Optional<LocalDate> first =
        pubs.stream()
            .filter(x -> x.occasionId() == o.id() && x.kind() == wanted)
            .map(OccasionPublication::firstDay)
            .min(LocalDate::compareTo);
    boolean onTime = first.isPresent() && !first.get().isAfter(due);
    Compliance status =
        onTime
            ? Compliance.MET
            : today.isAfter(due) || first.isPresent() ? Compliance.MISSED : Compliance.IN_PROGRESS;
    return Optional.of(
        new Result(
            rule,
            null,
            null,
            o.id(),
            o.title(),
            status,
            onTime ? 1 : 0,
            1,
            due,
            status == Compliance.IN_PROGRESS ? due : null,
            status == Compliance.IN_PROGRESS ? 1 : 0,
            siteOwners,
            (rule == RuleKind.EVENT_NEWS ? "event:" : "promotion:") + o.id(),
            "once"));
  }

  private Result column(
      ColumnLine c,
      PlatformLine p,
      YearMonth month,
      LocalDate due,
      LocalDate today,
      Map<Long, List<LocalDate>> reviews) {
    boolean reviewed =
        reviews.getOrDefault(c.id(), List.of()).stream()
            .anyMatch(d -> YearMonth.from(d).equals(month) && !d.isAfter(today));
    Compliance status =
        reviewed ? Compliance.MET : today.isAfter(due) ? Compliance.MISSED : Compliance.IN_PROGRESS;
    return new Result(
        RuleKind.COLUMN_REVIEW,
        p.id(),
        p.name(),
        null,
        c.name(),
        status,
        reviewed ? 1 : 0,
        1,
        due,
        status == Compliance.IN_PROGRESS ? due : null,
        status == Compliance.IN_PROGRESS ? 1 : 0,
        owners(p),
        "column:" + c.id(),
        month.toString());
  }

  /** News of an event ending that day is due this many working days later. */
  public LocalDate eventNewsDue(LocalDate endsOn) {
    return calendar.plusWorkingDays(endsOn, defaults.eventNewsWorkingDays());
  }

  /** Promotion information for a promotion starting that day is due by this day. */
  public LocalDate promotionDue(LocalDate startsOn) {
    LocalDate target = startsOn.minusDays(defaults.promotionLeadDays());
    return calendar.isWorkingDay(target) ? target : calendar.plusWorkingDays(target, -1);
  }

  public LocalDate nextWorkingDay(LocalDate day) {
    return calendar.plusWorkingDays(day, 1);
  }

  public LocalDate lastWorkingDayOf(YearMonth month) {
    return lastWorkingDay(month.atDay(1), month.atEndOfMonth()).orElse(month.atEndOfMonth());
  }

  /** The last working day from {@code first} to {@code last}, if there is one. */
  public Optional<LocalDate> lastWorkingDay(LocalDate first, LocalDate last) {
    for (LocalDate d = last; !d.isBefore(first); d = d.minusDays(1)) {
      if (calendar.isWorkingDay(d)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  private static List<YearMonth> monthsOf(LocalDate monday, LocalDate sunday) {
    YearMonth a = YearMonth.from(monday);
    YearMonth b = YearMonth.from(sunday);
    return a.equals(b) ? List.of(a) : List.of(a, b);
  }

  private static long published(
      Collection<Publication> pubs, long platformId, LocalDate from, LocalDate to) {
    return pubs.stream()
        .filter(
            x -> x.platformId() == platformId && !x.day().isBefore(from) && !x.day().isAfter(to))
        .count();
  }

  private static List<Long> owners(PlatformLine p) {
    return p.ownerId() == null ? List.of() : List.of(p.ownerId());
  }
}
