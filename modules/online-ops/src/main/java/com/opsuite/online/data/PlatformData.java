package com.opsuite.online.data;

import com.opsuite.core.audit.AuditLog;
import com.opsuite.core.tenancy.TenantBound;
import com.opsuite.core.tenancy.TenantContext;
import com.opsuite.core.tenancy.TenantRef;
import com.opsuite.core.validation.InvalidInputException.Violation;
import com.opsuite.online.platform.Platform;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Platform figures per ISO week: entered one week at a time or a sheet at a time, idempotent per
 * platform and week (the same figures again change nothing, other figures replace them).
 */
@ApplicationScoped
@Transactional
@TenantBound
public class PlatformData {

  @PersistenceContext EntityManager em;
  @Inject TenantContext tenant;
  @Inject AuditLog audit;

  /** The tenant's platforms, by name. */
  public List<Platform> platforms() {
    return em.createQuery("SELECT p FROM Platform p ORDER BY p.name, p.id", Platform.class)
        .getResultList();
  }

  public Optional<Platform> platform(long id) {
    return Optional.ofNullable(em.find(Platform.class, id));
  }

  public Optional<PlatformWeek> week(long platformId, IsoWeek week) {
    return em
        .createQuery(
            "SELECT w FROM PlatformWeek w WHERE w.platformId = :platform AND w.weekStart = :start",
            PlatformWeek.class)
        .setParameter("platform", platformId)
        .setParameter("start", week.monday())
        .getResultList()
        .stream()
        .findFirst();
  }

  public LocalDate today() {
    ZoneId zone = tenant.current().map(TenantRef::timeZone).orElse(ZoneId.of("Asia/Shanghai"));
    return LocalDate.now(zone);
  }

  /** The outcome of one week's entry: the row as stored and whether it was new. */
  public record Saved(PlatformWeek row, boolean created) {}

  /**
   * Stores one platform's week. {@code expectedVersion}, when given, must be the stored row's
   * version (409 otherwise); another tenant's or an unknown platform is not found.
   */
  public Saved put(
      long platformId, IsoWeek week, WeekFigures figures, Long expectedVersion, String by) {
    if (platform(platformId).isEmpty()) {
      throw DataRefused.notFound("data.platform.notFound", platformId);
    }
    if (week.monday().isAfter(today())) {
      throw DataInvalidInput.of("week", "data.week.future", week.toString());
    }
    PlatformWeek row = week(platformId, week).orElse(null);
    boolean created = row == null;
    if (created) {
      if (expectedVersion != null && expectedVersion != 0) {
        throw DataRefused.changedMeanwhile();
      }
      row = new PlatformWeek(platformId, week);
      row.set(figures, by);
      em.persist(row);
    } else {
      if (expectedVersion != null && expectedVersion != row.getVersion()) {
        throw DataRefused.changedMeanwhile();
      }
      WeekFigures before = row.figures();
      if (row.set(figures, by)) {
        audit.record(
            by,
            "online.data.changed",
            "platform:" + platformId + ":" + week,
            "" + before,
            "" + figures);
      }
    }
    em.flush();
    return new Saved(row, created);
  }

  /** Checks the rows and, unless {@code dryRun}, stores the valid ones. */
  public DataOutcome record(List<DataLine> lines, boolean dryRun, String by) {
    List<CheckedLine> checked = check(lines);
    if (dryRun) {
      return new DataOutcome(true, checked);
    }
    Map<PlatformWeekKey, PlatformWeek> stored = stored(checked);
    List<CheckedLine> result = new ArrayList<>(checked.size());
    int added = 0;
    int updated = 0;
    for (CheckedLine line : checked) {
      if (line.status() != LineStatus.VALID) {
        result.add(line);
        continue;
      }
      PlatformWeekKey key = new PlatformWeekKey(line.platformId(), line.week().monday());
      PlatformWeek row = stored.get(key);
      if (row == null) {
        row = new PlatformWeek(line.platformId(), line.week());
        row.set(line.figures(), by);
        em.persist(row);
        stored.put(key, row);
        added++;
        result.add(line.withStatus(LineStatus.ADDED));
      } else if (row.set(line.figures(), by)) {
        updated++;
        result.add(line.withStatus(LineStatus.UPDATED));
      } else {
        result.add(line.withStatus(LineStatus.UNCHANGED));
      }
    }
    if (added + updated > 0) {
      audit.record(
          by,
          "online.data.imported",
          "platform-data",
          null,
          added + " added, " + updated + " updated");
    }
    return new DataOutcome(false, result);
  }

  /** Every row's verdict, nothing written. */
  public List<CheckedLine> check(List<DataLine> lines) {
    LocalDate today = today();
    Map<Long, Platform> byId = new HashMap<>();
    Map<String, List<Platform>> byName = new HashMap<>();
    for (Platform p : platforms()) {
      byId.put(p.getId(), p);
      byName
          .computeIfAbsent(p.getName().strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
          .add(p);
    }
    Map<PlatformWeekKey, Integer> firstRow = new HashMap<>();
    Map<PlatformWeekKey, PlatformWeek> stored = new HashMap<>();
    List<CheckedLine> checked = new ArrayList<>(lines.size());
    for (DataLine line : lines) {
      List<Violation> problems = new ArrayList<>();
      Long platformId = platformOf(line.platform(), byId, byName, problems);
      IsoWeek week = DataFields.week(line.week(), today, problems);
      Long followers = DataFields.count("followers", line.followers(), true, problems);
      Long newFollowers = DataFields.count("newFollowers", line.newFollowers(), false, problems);
      Long reads = DataFields.count("reads", line.reads(), true, problems);
      Long interactions = DataFields.count("interactions", line.interactions(), true, problems);
      Long visits = DataFields.count("visits", line.visits(), true, problems);
      Long conversions = DataFields.count("conversions", line.conversions(), true, problems);
      if (platformId != null && week != null) {
        PlatformWeekKey key = new PlatformWeekKey(platformId, week.monday());
        Integer first = firstRow.putIfAbsent(key, line.row());
        if (first != null) {
          problems.add(
              new Violation("week", "data.import.duplicateInFile", week.toString(), first));
        }
      }
      WeekFigures figures =
          problems.isEmpty()
              ? new WeekFigures(followers, newFollowers, reads, interactions, visits, conversions)
              : null;
      checked.add(
          new CheckedLine(
              line,
              problems.isEmpty() ? LineStatus.VALID : LineStatus.REFUSED,
              List.copyOf(problems),
              platformId,
              week,
              figures));
    }
    return checked;
  }

  private static Long platformOf(
      String given,
      Map<Long, Platform> byId,
      Map<String, List<Platform>> byName,
      List<Violation> problems) {
    if (DataFields.blank(given)) {
      problems.add(new Violation("platform", "data.platform.required"));
      return null;
    }
    String name = given.strip();
    List<Platform> named = byName.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    if (named.size() == 1) {
      return named.get(0).getId();
    }
    if (name.matches("\\d{1,18}") && byId.containsKey(Long.parseLong(name))) {
      return Long.parseLong(name);
    }
    problems.add(new Violation("platform", "data.platform.unknown", name));
    return null;
  }

  private Map<PlatformWeekKey, PlatformWeek> stored(List<CheckedLine> lines) {
    Set<LocalDate> weeks = new HashSet<>();
    lines.stream()
        .filter(l -> l.status() == LineStatus.VALID)
        .forEach(l -> weeks.add(l.week().monday()));
    Map<PlatformWeekKey, PlatformWeek> found = new HashMap<>();
    if (weeks.isEmpty()) {
      return found;
    }
    for (PlatformWeek w :
        em.createQuery(
                "SELECT w FROM PlatformWeek w WHERE w.weekStart IN :weeks", PlatformWeek.class)
            .setParameter("weeks", List.copyOf(weeks))
            .getResultList()) {
      found.put(new PlatformWeekKey(w.getPlatformId(), w.getWeekStart()), w);
    }
    return found;
  }

  /** Stored weeks between two weeks (inclusive), optionally of one platform, newest first. */
  public List<PlatformWeek> list(IsoWeek from, IsoWeek to, Long platformId, int first, int max) {
    TypedQuery<PlatformWeek> q =
        em.createQuery(
            "SELECT w FROM PlatformWeek w WHERE w.weekStart BETWEEN :from AND :to"
                + (platformId == null ? "" : " AND w.platformId = :platform")
                + " ORDER BY w.weekStart DESC, w.platformId",
            PlatformWeek.class);
    q.setParameter("from", from.monday()).setParameter("to", to.monday());
    if (platformId != null) {
      q.setParameter("platform", platformId);
    }
    return q.setFirstResult(first).setMaxResults(max).getResultList();
  }

  public long count(IsoWeek from, IsoWeek to, Long platformId) {
    TypedQuery<Long> q =
        em.createQuery(
            "SELECT COUNT(w) FROM PlatformWeek w WHERE w.weekStart BETWEEN :from AND :to"
                + (platformId == null ? "" : " AND w.platformId = :platform"),
            Long.class);
    q.setParameter("from", from.monday()).setParameter("to", to.monday());
    if (platformId != null) {
      q.setParameter("platform", platformId);
    }
    return q.getSingleResult();
  }

  /** Every stored week from one Monday to another (inclusive), for the packs. */
  public List<PlatformWeek> between(LocalDate fromMonday, LocalDate toMonday) {
    return em.createQuery(
            "SELECT w FROM PlatformWeek w WHERE w.weekStart BETWEEN :from AND :to",
            PlatformWeek.class)
        .setParameter("from", fromMonday)
        .setParameter("to", toMonday)
        .getResultList();
  }
}
