package com.opsuite.online.budget;

import com.opsuite.core.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A year's operations budget of one category, as twelve monthly amounts. The months are columns
 * rather than rows so that one version guards the whole year of a category: two people editing it
 * at once are told (409) instead of mixing their months.
 */
@Entity
@Table(name = "online_budget")
public class Budget extends TenantOwned {

  @Id
  @SequenceGenerator(
      name = "online_budget_seq",
      sequenceName = "online_budget_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "online_budget_seq")
  private Long id;

  @Column(nullable = false, updatable = false)
  private int year;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private BudgetCategory category;

  private BigDecimal m01 = BigDecimal.ZERO;
  private BigDecimal m02 = BigDecimal.ZERO;
  private BigDecimal m03 = BigDecimal.ZERO;
  private BigDecimal m04 = BigDecimal.ZERO;
  private BigDecimal m05 = BigDecimal.ZERO;
  private BigDecimal m06 = BigDecimal.ZERO;
  private BigDecimal m07 = BigDecimal.ZERO;
  private BigDecimal m08 = BigDecimal.ZERO;
  private BigDecimal m09 = BigDecimal.ZERO;
  private BigDecimal m10 = BigDecimal.ZERO;
  private BigDecimal m11 = BigDecimal.ZERO;
  private BigDecimal m12 = BigDecimal.ZERO;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt = Instant.now();

  @Version private long version;

  protected Budget() {}

  Budget(int year, BudgetCategory category) {
    this.year = year;
    this.category = category;
  }

  public Long getId() {
    return id;
  }

  public int getYear() {
    return year;
  }

  public BudgetCategory getCategory() {
    return category;
  }

  /** The twelve monthly amounts, January first. */
  public List<BigDecimal> months() {
    return List.of(m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12);
  }

  public BigDecimal month(int month) {
    return months().get(month - 1);
  }

  /** Replaces the twelve amounts; the caller has checked them. */
  void setMonths(List<BigDecimal> amounts) {
    List<BigDecimal> a = new ArrayList<>(amounts);
    m01 = a.get(0);
    m02 = a.get(1);
    m03 = a.get(2);
    m04 = a.get(3);
    m05 = a.get(4);
    m06 = a.get(5);
    m07 = a.get(6);
    m08 = a.get(7);
    m09 = a.get(8);
    m10 = a.get(9);
    m11 = a.get(10);
    m12 = a.get(11);
    updatedAt = Instant.now();
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public long getVersion() {
    return version;
  }
}
