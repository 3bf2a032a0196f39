package com.opsuite.online.cadence;

import com.opsuite.core.audit.AuditLog;
import com.opsuite.core.tenancy.TenantBound;
import com.opsuite.core.tenancy.TenantContext;
import com.opsuite.online.platform.Platform;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The cadence rules of the current tenant: compliance per week, the weekly history for the chart,
 * each platform's own rule, and the fixed columns with their monthly reviews.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class CadenceService {

  static final int MAX_COLUMN_NAME = 100;
  static final int MAX_HISTORY_WEEKS = 26;

  @PersistenceContext EntityManager em;
  @Inject CadenceData data;
  @Inject AuditLog audit;
  @Inject TenantContext tenantContext;

  /** A week's rule-periods as of today, or as of {@code asOf} when given. */
  public WeekCompliance week(LocalDate anyDay, LocalDate asOf) {
    LocalDate today = asOf == null ? data.today() : asOf;
    LocalDate monday = CadenceRules.mondayOf(anyDay == null ? today : anyDay);
    CadenceRules.Inputs in = data.load(monday, monday.plusDays(6));
    return new WeekCompliance(monday, today, data.rules().week(monday, today, in));
  }

  /** The share met of the concluded rule-periods, week by week, the given week last. */
  public List<WeekShare> history(LocalDate lastWeek, int weeks, LocalDate asOf) {
    int n = Math.max(1, Math.min(MAX_HISTORY_WEEKS, weeks));
    LocalDate today = asOf == null ? data.today() : asOf;
    LocalDate last = CadenceRules.mondayOf(lastWeek == null ? today : lastWeek);
    LocalDate first = last.minusWeeks(n - 1L);
    CadenceRules.Inputs in = data.load(first, last.plusDays(6));
    CadenceRules rules = data.rules();
    List<WeekShare> shares = new ArrayList<>();
    for (LocalDate monday = first; !monday.isAfter(last); monday = monday.plusWeeks(1)) {
      List<CadenceRules.Result> results = rules.week(monday, today, in);
      long met = results.stream().filter(r -> r.status() == Compliance.MET).count();
      long missed = results.stream().filter(r -> r.status() == Compliance.MISSED).count();
      shares.add(new WeekShare(monday, (int) met, (int) missed));
    }
    return shares;
  }

  // --- platform rules ---

  public record RuleLine(
      long platformId,
      String platform,
      String kind,
      Long ownerId,
      int weeklyMin,
      int dailyMin,
      boolean workingDaysOnly,
      boolean own,
      long version) {}

  public List<RuleLine> rules() {
    CadenceRules rules = data.rules();
    List<RuleLine> lines = new ArrayList<>();
    for (CadenceRules.PlatformLine p : data.platforms()) {
      PlatformCadence own = em.find(PlatformCadence.class, p.id());
      lines.add(
          new RuleLine(
              p.id(),
              p.name(),
              p.kind().name(),
              p.ownerId(),
              rules.weeklyMin(p),
              rules.dailyMin(p),
              rules.workingDaysOnly(p),
              own != null,
              own == null ? 0 : own.getVersion()));
    }
    return lines;
  }

  /** Sets a platform's own rule; null fields follow the settings again. */
  public PlatformCadence setRule(
      long platformId,
      Integer weeklyMin,
      Integer dailyMin,
      Boolean workingDaysOnly,
      Long expectedVersion,
      String by) {
    platform(platformId);
    if (weeklyMin != null && (weeklyMin < 0 || weeklyMin > 50)) {
      throw CadenceRefused.invalid("weeklyMin", "cadence.weeklyMin.range", 0, 50);
    }
    if (dailyMin != null && (dailyMin < 0 || dailyMin > 20)) {
      throw CadenceRefused.invalid("dailyMin", "cadence.dailyMin.range", 0, 20);
    }
    PlatformCadence rule = em.find(PlatformCadence.class, platformId);
    long current = rule == null ? 0 : rule.getVersion();
    if (expectedVersion != null && expectedVersion != current) {
      throw CadenceRefused.stale();
    }
    if (rule == null) {
      rule = new PlatformCadence(platformId);
      rule.set(weeklyMin, dailyMin, workingDaysOnly);
      em.persist(rule);
    } else {
      rule.set(weeklyMin, dailyMin, workingDaysOnly);
    }
    em.flush();
    audit.record(
        by,
        "online.cadence.rule-set",
        "online-platform:" + platformId,
        null,
        "weekly " + weeklyMin + ", daily " + dailyMin + ", working days only " + workingDaysOnly);
    return rule;
  }

  // --- fixed columns ---

  public List<CadenceColumn> columns() {
    return em.createQuery(
            "SELECT c FROM CadenceColumn c ORDER BY c.platformId, c.name", CadenceColumn.class)
        .getResultList();
  }

  public CadenceColumn addColumn(Long platformId, String name, String by) {
    if (platformId == null) {
      throw CadenceRefused.invalid("platformId", "cadence.platform.required");
    }
    platform(platformId);
    String n = name == null ? "" : name.strip();
    if (n.isEmpty() || n.length() > MAX_COLUMN_NAME) {
      throw CadenceRefused.invalid("name", "cadence.column.nameRequired", MAX_COLUMN_NAME);
    }
    long taken =
        em.createQuery(
                "SELECT COUNT(c) FROM CadenceColumn c WHERE c.platformId = :p"
                    + " AND LOWER(c.name) = :n",
                Long.class)
            .setParameter("p", platformId)
            .setParameter("n", n.toLowerCase(Locale.ROOT))
            .getSingleResult();
    if (taken > 0) {
      throw CadenceRefused.invalid("name", "cadence.column.nameTaken", n);
    }
    CadenceColumn column = new CadenceColumn(platformId, n, data.today());
    em.persist(column);
    em.flush();
    audit.record(by, "online.cadence.column-added", "online-column:" + column.getId(), null, n);
    return column;
  }

  /**
   * Records a review of the column on the day (today when not given); a second one that day is one.
   */
  public CadenceColumn review(long columnId, LocalDate on, long userId, String by) {
    CadenceColumn column = em.find(CadenceColumn.class, columnId);
    if (column == null) {
      throw CadenceRefused.notFound();
    }
    LocalDate day = on == null ? data.today() : on;
    if (day.isAfter(data.today())) {
      throw CadenceRefused.invalid("on", "cadence.review.future");
    }
    em.createNativeQuery(
            "INSERT INTO online_cadence_review (tenant_id, column_id, reviewed_on, reviewed_by)"
                + " VALUES (?4, ?1, ?2, ?3) ON CONFLICT DO NOTHING")
        .setHint("eclipselink.jdbc.allow-native-sql-query", true)
        .setParameter(4, tenantContext.require().code())
        .setParameter(1, columnId)
        .setParameter(2, Date.valueOf(day))
        .setParameter(3, userId)
        .executeUpdate();
    column.reviewed(day, userId);
    em.flush();
    audit.record(
        by, "online.cadence.column-reviewed", "online-column:" + columnId, null, day.toString());
    return column;
  }

  private Platform platform(long id) {
    Platform platform = em.find(Platform.class, id);
    if (platform == null) {
      throw CadenceRefused.notFound();
    }
    return platform;
  }

  /** A week's rule-periods as of a day. */
  public record WeekCompliance(LocalDate monday, LocalDate asOf, List<CadenceRules.Result> rows) {

    public String isoWeek() {
      return CadenceService.isoWeek(monday);
    }

    public long count(Compliance status) {
      return rows.stream().filter(r -> r.status() == status).count();
    }
  }

  /** Of a week's rule-periods, how many were met and missed. */
  public record WeekShare(LocalDate monday, int met, int missed) {

    public String isoWeek() {
      return CadenceService.isoWeek(monday);
    }

    /** Met of the concluded, 0..1; null when nothing concluded. */
    public Double share() {
      return met + missed == 0 ? null : (double) met / (met + missed);
    }
  }

  public static String isoWeek(LocalDate day) {
    return String.format(
        Locale.ROOT,
        "%d-W%02d",
        day.get(IsoFields.WEEK_BASED_YEAR),
        day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /** Reads {@code 2025-W40} or a date (its week). */
  public static LocalDate parseWeek(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.strip();
    try {
      if (t.matches("\\d{4}-W\\d{2}")) {
        int year = Integer.parseInt(t.substring(0, 4));
        int week = Integer.parseInt(t.substring(6));
        LocalDate jan4 = LocalDate.of(year, 1, 4);
        if (week < 1 || week > jan4.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
          throw CadenceRefused.invalid("week", "cadence.week.invalid", t);
        }
        return CadenceRules.mondayOf(jan4).plusWeeks(week - 1L);
      }
      return CadenceRules.mondayOf(LocalDate.parse(t));
    } catch (java.time.format.DateTimeParseException e) {
      throw CadenceRefused.invalid("week", "cadence.week.invalid", t);
    }
  }
}
