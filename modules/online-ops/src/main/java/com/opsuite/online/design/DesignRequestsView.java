package com.opsuite.online.design;

import com.opsuite.core.chart.ChartConfig;
import com.opsuite.core.org.OrgUnit;
import com.opsuite.core.security.CallerPermissions;
import com.opsuite.online.budget.BudgetCategory;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.primefaces.model.LazyDataModel;

/**
 * The design requests page: the list (by status and department, a page at a time, to Excel), the
 * request form, and for the operations head the monthly settlements.
 */
@Named("designRequestsView")
@ViewScoped
public class DesignRequestsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient DesignRequests requests;
  @Inject transient DesignSettlements settlements;
  @Inject transient CallerPermissions permissions;

  private DesignStatus status;
  private Long departmentId;
  private DesignRequestRows rows;
  private List<DesignSettlement> settlementList;

  private String title;
  private Long formDepartmentId;
  private String purpose;
  private String specs;
  private LocalDate deadline;
  private BudgetCategory category = BudgetCategory.CONTENT_PRODUCTION;
  private String month = YearMonth.now().minusMonths(1).toString();

  @PostConstruct
  void init() {
    search();
  }

  public void search() {
    rows = new DesignRequestRows(requests, status, departmentId);
    settlementList = isManager() ? settlements.list() : List.of();
  }

  public void submit() {
    try {
      DesignRequest created =
          requests.submit(
              new DesignRequests.Form(title, formDepartmentId, purpose, specs, deadline, category),
              DesignCaller.userId(permissions, DesignRequests.REQUEST),
              DesignCaller.name(permissions));
      DesignPageMessages.info("design.page.filed", DesignRequests.ref(created));
      title = null;
      purpose = null;
      specs = null;
      deadline = null;
      search();
    } catch (DesignRefusedException e) {
      DesignPageMessages.refused(e);
    }
  }

  public void settle() {
    try {
      YearMonth chosen;
      try {
        chosen = YearMonth.parse(month == null ? "" : month.strip());
      } catch (DateTimeParseException e) {
        throw DesignRefusedException.invalid("month", "design.settlement.month");
      }
      DesignSettlement s =
          settlements.prepare(
              chosen,
              DesignCaller.userId(permissions, DesignRequests.MANAGE),
              DesignCaller.name(permissions));
      DesignPageMessages.info(
          "design.page.settling", s.getMonth().toString().substring(0, 7), s.getTotal());
      search();
    } catch (DesignRefusedException e) {
      DesignPageMessages.refused(e);
    }
  }

  public void handOver(DesignSettlement settlement) {
    try {
      settlements.handToFinance(
          settlement.getId(), settlement.getVersion(), DesignCaller.name(permissions));
      search();
    } catch (DesignRefusedException e) {
      DesignPageMessages.refused(e);
    }
  }

  public List<DesignSettlements.DepartmentTotal> totals(DesignSettlement settlement) {
    return settlements.totals(settlement.getId());
  }

  /**
   * The settled months side by side, one stacked bar per month with a part per requesting
   * department (Chart.js for p:chart); rejected settlements are left out.
   */
  public String getSettlementChart() {
    List<DesignSettlement> shown =
        settlementList.stream()
            .filter(s -> s.getStatus() != SettlementStatus.REJECTED)
            .limit(12)
            .sorted(Comparator.comparing(DesignSettlement::getMonth))
            .toList();
    Map<String, BigDecimal[]> byDepartment = new TreeMap<>();
    for (int i = 0; i < shown.size(); i++) {
      for (DesignSettlements.DepartmentTotal t : settlements.totals(shown.get(i).getId())) {
        BigDecimal[] values =
            byDepartment.computeIfAbsent(
                t.department(),
                k -> {
                  BigDecimal[] zeros = new BigDecimal[shown.size()];
                  Arrays.fill(zeros, BigDecimal.ZERO);
                  return zeros;
                });
        values[i] = t.total();
      }
    }
    JsonArrayBuilder labels = Json.createArrayBuilder();
    shown.forEach(s -> labels.add(s.getMonth().toString().substring(0, 7)));
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    List<String> colours =
        List.of("rgba(37, 99, 235, 0.7)", "#16a34a", "#f59e0b", "#dc2626", "#7c3aed");
    int n = 0;
    for (var e : byDepartment.entrySet()) {
      JsonArrayBuilder data = Json.createArrayBuilder();
      for (BigDecimal v : e.getValue()) {
        data.add(v);
      }
      String colour = colours.get(n++ % colours.size());
      datasets.add(
          Json.createObjectBuilder()
              .add("label", e.getKey())
              .add("data", data)
              .add("backgroundColor", colour)
              .add("borderColor", colour));
    }
    var stacked = Json.createObjectBuilder().add("stacked", true);
    return ChartConfig.of(
        "bar", labels, datasets, Json.createObjectBuilder().add("x", stacked).add("y", stacked));
  }

  public String department(Long id) {
    return rows.departmentName(id);
  }

  public String person(Long id) {
    return requests.userName(id);
  }

  public String ref(DesignRequest request) {
    return DesignRequests.ref(request);
  }

  public boolean isManager() {
    return permissions.has(DesignRequests.MANAGE);
  }

  public boolean isRequester() {
    return permissions.has(DesignRequests.REQUEST);
  }

  public List<OrgUnit> getDepartments() {
    return requests.departments();
  }

  public DesignStatus[] getStatuses() {
    return DesignStatus.values();
  }

  public BudgetCategory[] getCategories() {
    return BudgetCategory.values();
  }

  public LazyDataModel<DesignRequest> getRows() {
    return rows;
  }

  public List<DesignSettlement> getSettlements() {
    return settlementList;
  }

  public DesignStatus getStatus() {
    return status;
  }

  public void setStatus(DesignStatus status) {
    this.status = status;
  }

  public Long getDepartmentId() {
    return departmentId;
  }

  public void setDepartmentId(Long departmentId) {
    this.departmentId = departmentId;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public Long getFormDepartmentId() {
    return formDepartmentId;
  }

  public void setFormDepartmentId(Long formDepartmentId) {
    this.formDepartmentId = formDepartmentId;
  }

  public String getPurpose() {
    return purpose;
  }

  public void setPurpose(String purpose) {
    this.purpose = purpose;
  }

  public String getSpecs() {
    return specs;
  }

  public void setSpecs(String specs) {
    this.specs = specs;
  }

  public LocalDate getDeadline() {
    return deadline;
  }

  public void setDeadline(LocalDate deadline) {
    this.deadline = deadline;
  }

  public BudgetCategory getCategory() {
    return category;
  }

  public void setCategory(BudgetCategory category) {
    this.category = category;
  }

  public String getMonth() {
    return month;
  }

  public void setMonth(String month) {
    this.month = month;
  }
}
