package com.opsuite.online.budget;

import com.opsuite.core.security.CallerPermissions;
import com.opsuite.online.BarChartJson;
import com.opsuite.online.design.DesignCaller;
import com.opsuite.online.design.DesignPageMessages;
import com.opsuite.online.design.DesignRefusedException;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * The budget page: the year's budget against spend by month (all categories or one), as a chart and
 * a table exported to Excel; the claims (one's own, or everyone's for the budget holder); and the
 * claim form, whose invoice is uploaded first and sent with the claim.
 */
@Named("onlineBudgetView")
@ViewScoped
public class BudgetView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Budgets budgets;
  @Inject transient ExpenseClaims claims;
  @Inject transient CallerPermissions permissions;

  private int year;
  private BudgetCategory category;
  private Budgets.Tracking tracking;
  private List<ExpenseClaim> claimList;

  private BudgetCategory planCategory = BudgetCategory.PROMOTION;
  private List<PlanMonth> plan;
  private long planVersion;

  private BudgetCategory claimCategory = BudgetCategory.PROMOTION;
  private BigDecimal amount;
  private LocalDate spentOn = LocalDate.now();
  private String description;
  private String invoiceName;
  private String invoiceType;
  private byte[] invoice;

  @PostConstruct
  void init() {
    year = LocalDate.now().getYear();
    refresh();
  }

  public void refresh() {
    tracking = budgets.tracking(year);
    if (isEveryone()) {
      loadPlan();
    }
    Long claimant = permissions.has(Budgets.MANAGE) ? null : me();
    claimList = claims.list(claimant, null, null, 0, 200).rows();
  }

  /** The twelve months of the chosen category, or of all together. */
  public List<Budgets.Cell> getMonths() {
    if (category == null) {
      return tracking.monthTotals();
    }
    return tracking.categories().stream()
        .filter(c -> c.category() == category)
        .findFirst()
        .orElseThrow()
        .months();
  }

  /** Budget as bars beside spend, month by month (Chart.js for p:chart). */
  public String getChart() {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder budget = Json.createArrayBuilder();
    JsonArrayBuilder spent = Json.createArrayBuilder();
    for (Budgets.Cell cell : getMonths()) {
      labels.add(String.valueOf(cell.month()));
      budget.add(cell.budget());
      spent.add(cell.spent());
    }
    return BarChartJson.of(
        labels,
        Json.createArrayBuilder()
            .add(
                BarChartJson.series(
                    DesignPageMessages.text("budget.col.budget"), budget, "rgba(37, 99, 235, 0.6)"))
            .add(
                BarChartJson.series(DesignPageMessages.text("budget.col.spent"), spent, "#dc2626")),
        Json.createObjectBuilder().add("beginAtZero", true).add("grace", "10%"));
  }

  public void upload(FileUploadEvent event) {
    UploadedFile file = event.getFile();
    try {
      byte[] content = file.getContent();
      invoiceType = InvoiceFiles.check(file.getContentType(), content);
      invoice = content;
      invoiceName = InvoiceFiles.fileName(file.getFileName());
    } catch (DesignRefusedException e) {
      invoice = null;
      invoiceName = null;
      DesignPageMessages.refused(e);
    }
  }

  /** Writes the claim, attaches the invoice and submits it; over budget is a warning. */
  public void submit() {
    try {
      if (invoice == null) {
        throw DesignRefusedException.conflict("expense.invoice.required");
      }
      ExpenseClaims.Submitted s =
          claims.claim(
              new ExpenseClaims.Form(claimCategory, amount, spentOn, description),
              invoiceName,
              invoiceType,
              invoice,
              me(),
              DesignCaller.name(permissions));
      ExpenseClaim claim = s.claim();
      DesignPageMessages.info("expense.page.submitted", claim.getId());
      if (s.overBudget()) {
        DesignPageMessages.warn(
            "expense.page.overBudget",
            DesignPageMessages.text("budget.category." + claimCategory.name()),
            s.month().remaining(),
            claim.getAmount());
      }
      amount = null;
      description = null;
      invoice = null;
      invoiceName = null;
      refresh();
    } catch (DesignRefusedException e) {
      DesignPageMessages.refused(e);
    }
  }

  /** One month's amount in the budget form. */
  public static final class PlanMonth implements Serializable {
    private static final long serialVersionUID = 1L;
    private final int month;
    private BigDecimal amount;

    PlanMonth(int month, BigDecimal amount) {
      this.month = month;
      this.amount = amount;
    }

    public int getMonth() {
      return month;
    }

    public BigDecimal getAmount() {
      return amount;
    }

    public void setAmount(BigDecimal amount) {
      this.amount = amount;
    }
  }

  /** The chosen category's twelve amounts as stored, and the version they were read at. */
  public void loadPlan() {
    Budget stored = budgets.find(year, planCategory);
    plan = new ArrayList<>();
    for (int month = 1; month <= 12; month++) {
      plan.add(new PlanMonth(month, stored == null ? BigDecimal.ZERO : stored.month(month)));
    }
    planVersion = stored == null ? 0 : stored.getVersion();
  }

  /**
   * Saves the category's year for the budget holder. Someone else's save since the form was read is
   * refused with the reason, and the amounts typed stay in the form.
   */
  public void savePlan() {
    try {
      DesignCaller.requireAny(permissions, Budgets.MANAGE);
      List<BigDecimal> months = plan.stream().map(PlanMonth::getAmount).toList();
      Budget saved =
          budgets.set(year, planCategory, months, planVersion, DesignCaller.name(permissions));
      DesignPageMessages.info(
          "budget.page.planSaved",
          DesignPageMessages.text("budget.category." + planCategory.name()),
          String.valueOf(year));
      tracking = budgets.tracking(year);
      planVersion = saved.getVersion();
    } catch (DesignRefusedException e) {
      DesignPageMessages.refused(e);
    }
  }

  public String monthLabel(int month) {
    return DesignPageMessages.text("budget.page.month", month);
  }

  public BudgetCategory getPlanCategory() {
    return planCategory;
  }

  public void setPlanCategory(BudgetCategory planCategory) {
    this.planCategory = planCategory;
  }

  public List<PlanMonth> getPlan() {
    return plan;
  }

  private long me() {
    return DesignCaller.userId(permissions, ExpenseClaims.CLAIM);
  }

  public boolean isEveryone() {
    return permissions.has(Budgets.MANAGE);
  }

  public String claimant(ExpenseClaim claim) {
    return claims.userName(claim.getClaimantId());
  }

  public List<Integer> getYears() {
    int now = LocalDate.now().getYear();
    return List.of(now - 1, now, now + 1);
  }

  public BudgetCategory[] getCategories() {
    return BudgetCategory.values();
  }

  public Budgets.Tracking getTracking() {
    return tracking;
  }

  public List<ExpenseClaim> getClaims() {
    return claimList;
  }

  public int getYear() {
    return year;
  }

  public void setYear(int year) {
    this.year = year;
  }

  public BudgetCategory getCategory() {
    return category;
  }

  public void setCategory(BudgetCategory category) {
    this.category = category;
  }

  public BudgetCategory getClaimCategory() {
    return claimCategory;
  }

  public void setClaimCategory(BudgetCategory claimCategory) {
    this.claimCategory = claimCategory;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  public LocalDate getSpentOn() {
    return spentOn;
  }

  public void setSpentOn(LocalDate spentOn) {
    this.spentOn = spentOn;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getInvoiceName() {
    return invoiceName;
  }

  public int getMaxBytes() {
    return InvoiceFiles.MAX_BYTES;
  }
}
