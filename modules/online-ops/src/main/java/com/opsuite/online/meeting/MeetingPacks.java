package com.opsuite.online.meeting;

import com.opsuite.core.identity.UserAccount;
import com.opsuite.core.tenancy.TenantBound;
import com.opsuite.core.tenancy.TenantContext;
import com.opsuite.core.tenancy.TenantRef;
import com.opsuite.online.data.IsoWeek;
import com.opsuite.online.data.PlatformData;
import com.opsuite.online.data.PlatformWeek;
import com.opsuite.online.data.WeekFigures;
import com.opsuite.online.data.WeekFigures.Figure;
import com.opsuite.online.platform.Platform;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the meeting packs. Weekly: an ISO week against the week before. Monthly: a month against
 * the month before, where a month's figures are those of the ISO weeks whose Thursday falls in it
 * (as ISO counts a week to the year of its Thursday): the weeks' reads, interactions, visits,
 * conversions and new followers added up, and the followers of its last week with figures.
 * Published content is counted by the tenant's calendar days, from the content's platform rows.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class MeetingPacks {

  @PersistenceContext EntityManager em;
  @Inject PlatformData data;
  @Inject ImprovementActions actions;
  @Inject TenantContext tenant;

  public MeetingPack weekly(IsoWeek week) {
    IsoWeek before = week.previous();
    Map<Long, WeekFigures> current = byPlatform(data.between(week.monday(), week.monday()));
    Map<Long, WeekFigures> previous = byPlatform(data.between(before.monday(), before.monday()));
    return pack(
        MeetingPack.Kind.WEEKLY,
        week.toString(),
        before.toString(),
        week.monday(),
        week.sunday(),
        before.monday(),
        before.sunday(),
        week.monday().plusWeeks(1),
        current,
        previous,
        List.of(),
        List.of());
  }

  public MeetingPack monthly(YearMonth month) {
    YearMonth before = month.minusMonths(1);
    return pack(
        MeetingPack.Kind.MONTHLY,
        month.toString(),
        before.toString(),
        month.atDay(1),
        month.atEndOfMonth(),
        before.atDay(1),
        before.atEndOfMonth(),
        month.plusMonths(1).atDay(1),
        month(month),
        month(before),
        rows(actions.agreedAt(before)),
        rows(actions.agreedAt(month)));
  }

  /** The Mondays of the ISO weeks whose Thursday falls in the month. */
  static List<LocalDate> mondays(YearMonth month) {
    LocalDate thursday = month.atDay(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
    List<LocalDate> mondays = new ArrayList<>();
    for (; YearMonth.from(thursday).equals(month); thursday = thursday.plusWeeks(1)) {
      mondays.add(thursday.minusDays(3));
    }
    return mondays;
  }

  private Map<Long, WeekFigures> month(YearMonth month) {
    List<LocalDate> mondays = mondays(month);
    List<PlatformWeek> weeks =
        new ArrayList<>(data.between(mondays.get(0), mondays.get(mondays.size() - 1)));
    weeks.sort(Comparator.comparing(PlatformWeek::getWeekStart));
    Map<Long, List<WeekFigures>> grouped = new HashMap<>();
    for (PlatformWeek w : weeks) {
      grouped.computeIfAbsent(w.getPlatformId(), k -> new ArrayList<>()).add(w.figures());
    }
    Map<Long, WeekFigures> summed = new HashMap<>();
    grouped.forEach((platform, list) -> summed.put(platform, sum(list)));
    return summed;
  }

  /** Flows added up, followers as at the last week (the list is in week order). */
  static WeekFigures sum(List<WeekFigures> weeks) {
    long reads = 0;
    long interactions = 0;
    long visits = 0;
    long conversions = 0;
    Long newFollowers = null;
    for (WeekFigures w : weeks) {
      reads += w.reads();
      interactions += w.interactions();
      visits += w.visits();
      conversions += w.conversions();
      if (w.newFollowers() != null) {
        newFollowers = (newFollowers == null ? 0 : newFollowers) + w.newFollowers();
      }
    }
    long followers = weeks.get(weeks.size() - 1).followers();
    return new WeekFigures(followers, newFollowers, reads, interactions, visits, conversions);
  }

  private static Map<Long, WeekFigures> byPlatform(List<PlatformWeek> weeks) {
    Map<Long, WeekFigures> map = new HashMap<>();
    weeks.forEach(w -> map.put(w.getPlatformId(), w.figures()));
    return map;
  }

  private MeetingPack pack(
      MeetingPack.Kind kind,
      String period,
      String previousPeriod,
      LocalDate from,
      LocalDate to,
      LocalDate previousFrom,
      LocalDate previousTo,
      LocalDate meetingOn,
      Map<Long, WeekFigures> current,
      Map<Long, WeekFigures> previous,
      List<MeetingPack.ActionRow> previousActions,
      List<MeetingPack.ActionRow> agreed) {
    Map<Long, Long> published = published(from, to);
    Map<Long, Long> publishedBefore = published(previousFrom, previousTo);
    List<MeetingPack.PlatformFigures> platforms = new ArrayList<>();
    for (Platform p : data.platforms()) {
      long id = p.getId();
      boolean any =
          current.containsKey(id)
              || previous.containsKey(id)
              || published.containsKey(id)
              || publishedBefore.containsKey(id);
      if (!p.isActive() && !any) {
        continue;
      }
      List<Comparison> figures = new ArrayList<>();
      for (Figure f : Figure.all()) {
        figures.add(Comparison.of(f, value(f, current.get(id)), value(f, previous.get(id))));
      }
      platforms.add(
          new MeetingPack.PlatformFigures(
              id,
              p.getName(),
              p.getKind(),
              figures,
              Comparison.of(
                  null, published.getOrDefault(id, 0L), publishedBefore.getOrDefault(id, 0L))));
    }
    List<Comparison> totals = new ArrayList<>();
    for (Figure f : Figure.all()) {
      totals.add(Comparison.of(f, total(f, current.values()), total(f, previous.values())));
    }
    Comparison publishedTotal =
        Comparison.of(
            null,
            published.values().stream().mapToLong(Long::longValue).sum(),
            publishedBefore.values().stream().mapToLong(Long::longValue).sum());
    return new MeetingPack(
        kind,
        period,
        previousPeriod,
        from,
        to,
        previousFrom,
        previousTo,
        meetingOn,
        platforms,
        totals,
        publishedTotal,
        previousActions,
        agreed);
  }

  private static Long value(Figure f, WeekFigures figures) {
    return figures == null ? null : f.of(figures);
  }

  private static Long total(Figure f, Collection<WeekFigures> all) {
    Long sum = null;
    for (WeekFigures w : all) {
      Long v = f.of(w);
      if (v != null) {
        sum = (sum == null ? 0 : sum) + v;
      }
    }
    return sum;
  }

  /** Content published per platform on the days from..to of the tenant's calendar. */
  private Map<Long, Long> published(LocalDate from, LocalDate to) {
    ZoneId zone = tenant.current().map(TenantRef::timeZone).orElse(ZoneId.of("Asia/Shanghai"));
    Instant start = from.atStartOfDay(zone).toInstant();
    Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
    Map<Long, Long> counts = new HashMap<>();
    for (Object[] r :
        em.createQuery(
                "SELECT t.platformId, COUNT(t) FROM ContentTarget t"
                    + " WHERE t.publishedAt >= :start AND t.publishedAt < :end GROUP BY t.platformId",
                Object[].class)
            .setParameter("start", start)
            .setParameter("end", end)
            .getResultList()) {
      counts.put((Long) r[0], ((Number) r[1]).longValue());
    }
    return counts;
  }

  public List<MeetingPack.ActionRow> rows(List<ImprovementAction> list) {
    Map<Long, String> names = new HashMap<>();
    List<MeetingPack.ActionRow> rows = new ArrayList<>();
    for (ImprovementAction a : list) {
      String owner =
          a.getOwnerId() == null
              ? null
              : names.computeIfAbsent(
                  a.getOwnerId(),
                  id -> {
                    UserAccount u = em.find(UserAccount.class, id);
                    return u == null ? null : u.getDisplayName();
                  });
      rows.add(
          new MeetingPack.ActionRow(
              a.getId(),
              a.getMeetingMonth().toString(),
              a.getText(),
              a.getOwnerId(),
              owner,
              a.getDueOn(),
              a.getStatus(),
              a.getVersion()));
    }
    return rows;
  }
}
