package com.opsuite.online.cadence;

import com.opsuite.core.calendar.TenantCalendar;
import com.opsuite.core.settings.TenantSettings;
import com.opsuite.core.tenancy.TenantBound;
import com.opsuite.core.tenancy.TenantContext;
import com.opsuite.core.tenancy.TenantRef;
import com.opsuite.online.OnlineOpsModule;
import com.opsuite.online.content.ContentKind;
import com.opsuite.online.occasion.Occasion;
import com.opsuite.online.platform.Platform;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads what the cadence rules need for a span of days in bulk: the active platforms with their own
 * rules, publication days (in the tenant's time zone), the occasions around the span with the first
 * day each got linked news or promotion out, the fixed columns and their reviews. Publications are
 * counted with native SQL that filters {@code tenant_id} itself.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class CadenceData {

  private static final String NATIVE = "eclipselink.jdbc.allow-native-sql-query";

  /** How far around a span occasions are looked at: their due dates lie within this. */
  private static final int OCCASION_MARGIN_DAYS = 120;

  @PersistenceContext EntityManager em;
  @Inject TenantContext tenantContext;
  @Inject TenantSettings settings;
  @Inject TenantCalendar calendar;

  public CadenceRules rules() {
    String m = OnlineOpsModule.ID;
    return new CadenceRules(
        calendar.calendar(),
        new CadenceRules.Defaults(
            (int) settings.longValue(m, OnlineOpsModule.SITE_UPDATES_PER_WEEK),
            (int) settings.longValue(m, OnlineOpsModule.NEW_MEDIA_UPDATES_PER_DAY),
            (int) settings.longValue(m, OnlineOpsModule.EVENT_NEWS_WORKING_DAYS),
            (int) settings.longValue(m, OnlineOpsModule.PROMOTION_LEAD_DAYS),
            Boolean.parseBoolean(settings.value(m, CadenceFeature.NEW_MEDIA_WORKING_DAYS_ONLY))));
  }

  public ZoneId zone() {
    TenantRef tenant = tenantContext.require();
    return tenant.timeZone() == null ? ZoneId.systemDefault() : tenant.timeZone();
  }

  public LocalDate today() {
    return LocalDate.now(zone());
  }

  /** Everything the rules read for the days from {@code from} to {@code to}. */
  public CadenceRules.Inputs load(LocalDate from, LocalDate to) {
    return new CadenceRules.Inputs(
        platforms(),
        publications(from, to),
        occasions(from, to),
        occasionPublications(),
        columns(),
        reviews(from, to));
  }

  public List<CadenceRules.PlatformLine> platforms() {
    Map<Long, PlatformCadence> own =
        em
            .createQuery("SELECT r FROM PlatformCadence r", PlatformCadence.class)
            .getResultList()
            .stream()
            .collect(Collectors.toMap(PlatformCadence::getPlatformId, Function.identity()));
    return em
        .createQuery(
            "SELECT p FROM Platform p WHERE p.active = true ORDER BY p.kind, p.name",
            Platform.class)
        .getResultList()
        .stream()
        .map(
            p -> {
              PlatformCadence r = own.get(p.getId());
              return new CadenceRules.PlatformLine(
                  p.getId(),
                  p.getName(),
                  p.getKind(),
                  p.getOwnerId(),
                  r == null ? null : r.getWeeklyMin(),
                  r == null ? null : r.getDailyMin(),
                  r == null ? null : r.getWorkingDaysOnly());
            })
        .toList();
  }

  private List<CadenceRules.Publication> publications(LocalDate from, LocalDate to) {
    ZoneId zone = zone();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT platform_id, (published_at AT TIME ZONE ?4)::date FROM"
                    + " online_content_platform WHERE tenant_id = ?1 AND published_at >= ?2"
                    + " AND published_at < ?3")
            .setHint(NATIVE, true)
            .setParameter(1, tenantContext.require().code())
            .setParameter(2, Timestamp.from(from.atStartOfDay(zone).toInstant()))
            .setParameter(3, Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant()))
            .setParameter(4, zone.getId())
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new CadenceRules.Publication(
                    ((Number) r[0]).longValue(), ((Date) r[1]).toLocalDate()))
        .toList();
  }

  private List<CadenceRules.OccasionLine> occasions(LocalDate from, LocalDate to) {
    return em
        .createQuery(
            "SELECT o FROM Occasion o WHERE o.endsOn >= :from AND o.startsOn <= :to"
                + " ORDER BY o.startsOn, o.id",
            Occasion.class)
        .setParameter("from", from.minusDays(OCCASION_MARGIN_DAYS))
        .setParameter("to", to.plusDays(OCCASION_MARGIN_DAYS))
        .getResultList()
        .stream()
        .map(
            o ->
                new CadenceRules.OccasionLine(
                    o.getId(),
                    o.getKind(),
                    o.getTitle(),
                    o.getStartsOn(),
                    o.getEndsOn(),
                    o.isMajor()))
        .toList();
  }

  private List<CadenceRules.OccasionPublication> occasionPublications() {
    ZoneId zone = zone();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT c.occasion_id, c.kind, min((cp.published_at AT TIME ZONE ?2)::date)"
                    + " FROM online_content c JOIN online_content_platform cp"
                    + " ON cp.tenant_id = c.tenant_id AND cp.content_id = c.id"
                    + " WHERE c.tenant_id = ?1 AND c.occasion_id IS NOT NULL"
                    + " AND cp.published_at IS NOT NULL GROUP BY c.occasion_id, c.kind")
            .setHint(NATIVE, true)
            .setParameter(1, tenantContext.require().code())
            .setParameter(2, zone.getId())
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new CadenceRules.OccasionPublication(
                    ((Number) r[0]).longValue(),
                    ContentKind.valueOf((String) r[1]),
                    ((Date) r[2]).toLocalDate()))
        .toList();
  }

  private List<CadenceRules.ColumnLine> columns() {
    return em
        .createQuery("SELECT c FROM CadenceColumn c ORDER BY c.name", CadenceColumn.class)
        .getResultList()
        .stream()
        .map(
            c ->
                new CadenceRules.ColumnLine(
                    c.getId(), c.getPlatformId(), c.getName(), c.getCreatedOn()))
        .toList();
  }

  private Map<Long, List<LocalDate>> reviews(LocalDate from, LocalDate to) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT column_id, reviewed_on FROM online_cadence_review WHERE tenant_id = ?1"
                    + " AND reviewed_on >= ?2 AND reviewed_on <= ?3")
            .setHint(NATIVE, true)
            .setParameter(1, tenantContext.require().code())
            .setParameter(2, Date.valueOf(from.withDayOfMonth(1)))
            .setParameter(3, Date.valueOf(to.plusMonths(1).withDayOfMonth(1)))
            .getResultList();
    Map<Long, List<LocalDate>> reviews = new HashMap<>();
    for (Object[] r : rows) {
      reviews
          .computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>())
          .add(((Date) r[1]).toLocalDate());
    }
    return reviews;
  }
}
