package com.opsuite.online.budget;

import com.opsuite.core.audit.AuditLog;
import com.opsuite.core.persistence.UniqueViolation;
import com.opsuite.core.tenancy.TenantBound;
import com.opsuite.online.design.DesignRefusedException;
import com.opsuite.online.design.DesignSettlements;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The annual operations budget per category and month, and the spend against it: approved expense
 * claims in the month they were spent, plus settled design costs in the month they were settled
 * for. Claims still in their approval do not count.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class Budgets {

  public static final String MANAGE = "online.budget.manage";
  static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");

  @PersistenceContext EntityManager em;
  @Inject DesignSettlements settlements;
  @Inject AuditLog audit;

  /** One category's month: the budget, what was spent (claims, design) and what is left. */
  public record Cell(
      BudgetCategory category,
      int month,
      BigDecimal budget,
      BigDecimal claims,
      BigDecimal design,
      BigDecimal spent,
      BigDecimal remaining,
      boolean over) {}

  /** A category's year: its version (0 when never saved) and its twelve cells. */
  public record CategoryYear(
      BudgetCategory category, long version, List<Cell> months, Cell total) {}

  /** The year's tracking: per category, and per month over all categories. */
  public record Tracking(
      int year, List<CategoryYear> categories, List<Cell> monthTotals, Cell total) {}

  public Budget find(int year, BudgetCategory category) {
    return em.createQuery(
            "SELECT b FROM Budget b WHERE b.year = :year AND b.category = :category", Budget.class)
        .setParameter("year", year)
        .setParameter("category", category)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /**
   * Sets the twelve monthly amounts of a category's year. {@code version} is the one read (0 for a
   * year never saved); another's change since is a 409.
   */
  public Budget set(
      int year, BudgetCategory category, List<BigDecimal> months, Long version, String by) {
    checkYear(year);
    if (category == null) {
      throw DesignRefusedException.invalid("category", "budget.category.required");
    }
    if (months == null || months.size() != 12) {
      throw DesignRefusedException.invalid("months", "budget.months.twelve");
    }
    List<BigDecimal> amounts = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      BigDecimal a = months.get(i) == null ? BigDecimal.ZERO : months.get(i);
      if (a.signum() < 0 || a.compareTo(MAX_AMOUNT) > 0 || a.stripTrailingZeros().scale() > 2) {
        throw DesignRefusedException.invalid("months[" + i + "]", "budget.amount.range", i + 1);
      }
      amounts.add(a.setScale(2));
    }
    Budget budget = find(year, category);
    long current = budget == null ? 0 : budget.getVersion();
    if (version != null && version != current) {
      throw DesignRefusedException.conflict("budget.stale");
    }
    String before = budget == null ? null : budget.months().toString();
    if (budget == null) {
      budget = new Budget(year, category);
      em.persist(budget);
    }
    budget.setMonths(amounts);
    try {
      em.flush();
    } catch (PersistenceException e) {
      if (UniqueViolation.causes(e)) {
        throw DesignRefusedException.conflict("budget.stale");
      }
      throw e;
    }
    audit.record(
        by, "online.budget.set", "budget:" + year + ":" + category, before, amounts.toString());
    return budget;
  }

  public Tracking tracking(int year) {
    checkYear(year);
    Map<BudgetCategory, BigDecimal[]> claims = spend(year, claimRows(year));
    Map<BudgetCategory, BigDecimal[]> design = spend(year, settlements.settledCosts(year));
    List<CategoryYear> categories = new ArrayList<>();
    BigDecimal[][] monthly = new BigDecimal[12][3];
    for (BigDecimal[] m : monthly) {
      java.util.Arrays.fill(m, BigDecimal.ZERO.setScale(2));
    }
    for (BudgetCategory category : BudgetCategory.values()) {
      Budget budget = find(year, category);
      List<Cell> cells = new ArrayList<>();
      BigDecimal[] sum = {zero(), zero(), zero()};
      for (int m = 1; m <= 12; m++) {
        BigDecimal planned = budget == null ? zero() : budget.month(m).setScale(2);
        BigDecimal c = claims.get(category)[m - 1];
        BigDecimal d = design.get(category)[m - 1];
        cells.add(cell(category, m, planned, c, d));
        sum[0] = sum[0].add(planned);
        sum[1] = sum[1].add(c);
        sum[2] = sum[2].add(d);
        monthly[m - 1][0] = monthly[m - 1][0].add(planned);
        monthly[m - 1][1] = monthly[m - 1][1].add(c);
        monthly[m - 1][2] = monthly[m - 1][2].add(d);
      }
      categories.add(
          new CategoryYear(
              category,
              budget == null ? 0 : budget.getVersion(),
              cells,
              cell(category, 0, sum[0], sum[1], sum[2])));
    }
    List<Cell> totals = new ArrayList<>();
    BigDecimal[] all = {zero(), zero(), zero()};
    for (int m = 1; m <= 12; m++) {
      totals.add(cell(null, m, monthly[m - 1][0], monthly[m - 1][1], monthly[m - 1][2]));
      for (int i = 0; i < 3; i++) {
        all[i] = all[i].add(monthly[m - 1][i]);
      }
    }
    return new Tracking(year, categories, totals, cell(null, 0, all[0], all[1], all[2]));
  }

  /** The category's month as it stands: what an expense of {@code extra} more would leave. */
  public Cell month(BudgetCategory category, YearMonth month) {
    Tracking t = tracking(month.getYear());
    return t.categories().stream()
        .filter(c -> c.category() == category)
        .findFirst()
        .orElseThrow()
        .months()
        .get(month.getMonthValue() - 1);
  }

  private List<Object[]> claimRows(int year) {
    List<Object[]> rows =
        em.createQuery(
                "SELECT c.category, c.spentOn, c.amount FROM ExpenseClaim c"
                    + " WHERE c.status = :approved AND c.spentOn >= :from AND c.spentOn <= :to",
                Object[].class)
            .setParameter("approved", ClaimStatus.APPROVED)
            .setParameter("from", LocalDate.of(year, 1, 1))
            .setParameter("to", LocalDate.of(year, 12, 31))
            .getResultList();
    return rows;
  }

  /** Rows of (category, a day of the month, amount) summed per category and month. */
  private static Map<BudgetCategory, BigDecimal[]> spend(int year, List<Object[]> rows) {
    Map<BudgetCategory, BigDecimal[]> sums = new EnumMap<>(BudgetCategory.class);
    for (BudgetCategory c : BudgetCategory.values()) {
      BigDecimal[] months = new BigDecimal[12];
      java.util.Arrays.fill(months, zero());
      sums.put(c, months);
    }
    for (Object[] row : rows) {
      LocalDate day = (LocalDate) row[1];
      if (day.getYear() == year) {
        BigDecimal[] months = sums.get((BudgetCategory) row[0]);
        months[day.getMonthValue() - 1] = months[day.getMonthValue() - 1].add((BigDecimal) row[2]);
      }
    }
    return sums;
  }

  private static Cell cell(
      BudgetCategory category, int month, BigDecimal budget, BigDecimal claims, BigDecimal design) {
    BigDecimal spent = claims.add(design).setScale(2);
    BigDecimal remaining = budget.subtract(spent).setScale(2);
    return new Cell(
        category,
        month,
        budget.setScale(2),
        claims.setScale(2),
        design.setScale(2),
        spent,
        remaining,
        remaining.signum() < 0);
  }

  private static BigDecimal zero() {
    return BigDecimal.ZERO.setScale(2);
  }

  static void checkYear(int year) {
    if (year < 2000 || year > 2100) {
      throw DesignRefusedException.invalid("year", "budget.year.range");
    }
  }
}
