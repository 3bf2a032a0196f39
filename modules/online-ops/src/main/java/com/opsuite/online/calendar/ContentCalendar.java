package com.opsuite.online.calendar;

import com.opsuite.core.calendar.TenantCalendar;
import com.opsuite.core.calendar.WorkingDayCalendar;
import com.opsuite.core.tenancy.TenantBound;
import com.opsuite.core.tenancy.TenantContext;
import com.opsuite.online.cadence.CadenceRefused;
import com.opsuite.online.content.ContentItem;
import com.opsuite.online.content.ContentKind;
import com.opsuite.online.content.ContentStatus;
import com.opsuite.online.content.ContentTarget;
import com.opsuite.online.occasion.Occasion;
import com.opsuite.online.occasion.OccasionKind;
import com.opsuite.online.platform.Platform;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The content calendar of a span of days: each piece on the day it was first published (on the
 * shown platform, when one is chosen) or, not yet published, on its planned day; the occasions
 * overlapping the span; and each day's kind in the tenant's working-day calendar. Confidential
 * pieces stay hidden from those who may not read them (core's criteria on {@link ContentItem}).
 */
@ApplicationScoped
@Transactional
@TenantBound
public class ContentCalendar {

  /** The longest span one call reads: a month grid with its leading and trailing days. */
  public static final int MAX_DAYS = 62;

  @PersistenceContext EntityManager em;
  @Inject TenantContext tenantContext;
  @Inject TenantCalendar calendar;

  public record Target(long platformId, String platform, Instant publishedAt, String link)
      implements Serializable {}

  public record Item(
      long contentId,
      String title,
      ContentKind kind,
      ContentStatus status,
      Instant plannedAt,
      LocalDate day,
      boolean published,
      List<Target> targets)
      implements Serializable {}

  public record OccasionEntry(
      long id, OccasionKind kind, String title, LocalDate startsOn, LocalDate endsOn, boolean major)
      implements Serializable {

    public boolean covers(LocalDate day) {
      return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }
  }

  /** A day: working, a rest day, a holiday on a weekday or a make-up working day on a weekend. */
  public enum DayType {
    WORKDAY,
    REST,
    HOLIDAY,
    MAKE_UP_WORKDAY
  }

  public record Span(
      LocalDate from,
      LocalDate to,
      List<Item> items,
      List<OccasionEntry> occasions,
      List<Day> days) {}

  public record Day(LocalDate day, DayType type) {}

  public record PlatformOption(long id, String name) implements Serializable {}

  public List<PlatformOption> platforms() {
    return em
        .createQuery(
            "SELECT p FROM Platform p WHERE p.active = true ORDER BY p.name", Platform.class)
        .getResultList()
        .stream()
        .map(p -> new PlatformOption(p.getId(), p.getName()))
        .toList();
  }

  public ZoneId zone() {
    ZoneId zone = tenantContext.require().timeZone();
    return zone == null ? ZoneId.systemDefault() : zone;
  }

  public Span span(LocalDate from, LocalDate to, Long platformId) {
    if (from == null) {
      throw CadenceRefused.invalid("from", "calendar.from.required");
    }
    if (to == null) {
      throw CadenceRefused.invalid("to", "calendar.to.required");
    }
    if (to.isBefore(from)) {
      throw CadenceRefused.invalid("to", "calendar.range.invalid");
    }
    if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
      throw CadenceRefused.invalid("to", "calendar.range.tooLong", MAX_DAYS);
    }
    Map<Long, String> names =
        em.createQuery("SELECT p FROM Platform p", Platform.class).getResultList().stream()
            .collect(Collectors.toMap(Platform::getId, Platform::getName));
    if (platformId != null && !names.containsKey(platformId)) {
      throw CadenceRefused.notFound();
    }
    ZoneId zone = zone();
    Instant start = from.atStartOfDay(zone).toInstant();
    Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
    Set<Long> ids = new HashSet<>();
    em.createQuery(
            "SELECT t.contentId FROM ContentTarget t WHERE t.publishedAt >= :start"
                + " AND t.publishedAt < :end",
            Long.class)
        .setParameter("start", start)
        .setParameter("end", end)
        .getResultList()
        .forEach(ids::add);
    em.createQuery(
            "SELECT c.id FROM ContentItem c WHERE c.plannedAt >= :start AND c.plannedAt < :end",
            Long.class)
        .setParameter("start", start)
        .setParameter("end", end)
        .getResultList()
        .forEach(ids::add);
    List<Item> items = new ArrayList<>();
    if (!ids.isEmpty()) {
      Map<Long, List<ContentTarget>> targets =
          em
              .createQuery(
                  "SELECT t FROM ContentTarget t WHERE t.contentId IN :ids", ContentTarget.class)
              .setParameter("ids", ids)
              .getResultList()
              .stream()
              .collect(Collectors.groupingBy(ContentTarget::getContentId));
      // The items query applies the confidentiality criteria: hidden pieces drop out here.
      for (ContentItem c :
          em.createQuery("SELECT c FROM ContentItem c WHERE c.id IN :ids", ContentItem.class)
              .setParameter("ids", ids)
              .getResultList()) {
        item(c, targets.getOrDefault(c.getId(), List.of()), platformId, names, zone)
            .filter(i -> !i.day().isBefore(from) && !i.day().isAfter(to))
            .ifPresent(items::add);
      }
    }
    items.sort(
        Comparator.comparing(Item::day)
            .thenComparing(i -> i.plannedAt() == null ? Instant.MAX : i.plannedAt())
            .thenComparing(Item::contentId));
    List<OccasionEntry> occasions =
        em
            .createQuery(
                "SELECT o FROM Occasion o WHERE o.endsOn >= :from AND o.startsOn <= :to"
                    + " ORDER BY o.startsOn, o.id",
                Occasion.class)
            .setParameter("from", from)
            .setParameter("to", to)
            .getResultList()
            .stream()
            .map(
                o ->
                    new OccasionEntry(
                        o.getId(),
                        o.getKind(),
                        o.getTitle(),
                        o.getStartsOn(),
                        o.getEndsOn(),
                        o.isMajor()))
            .toList();
    WorkingDayCalendar days = calendar.calendar();
    List<Day> kinds = from.datesUntil(to.plusDays(1)).map(d -> new Day(d, type(days, d))).toList();
    return new Span(from, to, items, occasions, kinds);
  }

  private static java.util.Optional<Item> item(
      ContentItem c,
      List<ContentTarget> all,
      Long platformId,
      Map<Long, String> names,
      ZoneId zone) {
    List<ContentTarget> shown =
        all.stream()
            .filter(t -> platformId == null || t.getPlatformId().equals(platformId))
            .sorted(Comparator.comparing(t -> names.getOrDefault(t.getPlatformId(), "")))
            .toList();
    if (platformId != null && shown.isEmpty()) {
      return java.util.Optional.empty();
    }
    Instant firstPublished =
        shown.stream()
            .map(ContentTarget::getPublishedAt)
            .filter(java.util.Objects::nonNull)
            .min(Comparator.naturalOrder())
            .orElse(null);
    Instant at = firstPublished != null ? firstPublished : c.getPlannedAt();
    if (at == null) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        new Item(
            c.getId(),
            c.getTitle(),
            c.getKind(),
            c.getStatus(),
            c.getPlannedAt(),
            at.atZone(zone).toLocalDate(),
            firstPublished != null,
            shown.stream()
                .map(
                    t ->
                        new Target(
                            t.getPlatformId(),
                            names.get(t.getPlatformId()),
                            t.getPublishedAt(),
                            t.getLink()))
                .toList()));
  }

  static DayType type(WorkingDayCalendar calendar, LocalDate day) {
    boolean weekend =
        day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    if (calendar.isWorkingDay(day)) {
      return weekend ? DayType.MAKE_UP_WORKDAY : DayType.WORKDAY;
    }
    return weekend ? DayType.REST : DayType.HOLIDAY;
  }
}
