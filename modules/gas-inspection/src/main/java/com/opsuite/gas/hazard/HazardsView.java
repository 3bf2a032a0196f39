package com.opsuite.gas.hazard;

import com.opsuite.core.security.CallerPermissions;
import com.opsuite.core.tenancy.TenantContext;
import com.opsuite.gas.hazard.HazardsResource.HazardInfo;
import com.opsuite.gas.problem.GasRefusedException;
import com.opsuite.gas.problem.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;

/** The hazards page: filter, issue notices, record re-inspections. */
@Named
@ViewScoped
public class HazardsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient HazardRectification rectification;
  @Inject transient CallerPermissions permissions;
  @Inject transient TenantContext tenant;

  private HazardStatus status;
  private boolean overdueOnly;
  private LocalDate deadline;
  private List<HazardInfo> rows = List.of();

  @PostConstruct
  void init() {
    deadline = today().plusDays(14);
    load();
  }

  public void load() {
    LocalDate today = today();
    rows =
        rectification.listed(status, overdueOnly, today).stream()
            .map(l -> HazardInfo.of(l.hazard(), l.customer(), today))
            .toList();
  }

  /** Issues the notice for the hazard's inspection and opens it. */
  public String issue(long inspectionId) {
    try {
      RectificationNotice notice = rectification.issue(inspectionId, deadline, today(), actor());
      return "/gas-inspection/notice?faces-redirect=true&no=" + notice.noticeNo();
    } catch (GasRefusedException e) {
      PageMessages.refused(e);
      return null;
    }
  }

  public void reinspect(long id, boolean rectified) {
    try {
      rectification.reinspect(id, rectified, null, null, actor());
      PageMessages.info(rectified ? "hazards.closed" : "hazards.notRectified");
    } catch (GasRefusedException e) {
      PageMessages.refused(e);
    }
    load();
  }

  public String label(String itemCode) {
    return PageMessages.text("check." + itemCode);
  }

  public HazardStatus[] getStatuses() {
    return HazardStatus.values();
  }

  private String actor() {
    return permissions.caller().map(Principal::getName).orElse("anonymous");
  }

  private LocalDate today() {
    return LocalDate.now(tenant.require().timeZone());
  }

  public HazardStatus getStatus() {
    return status;
  }

  public void setStatus(HazardStatus status) {
    this.status = status;
  }

  public boolean isOverdueOnly() {
    return overdueOnly;
  }

  public void setOverdueOnly(boolean overdueOnly) {
    this.overdueOnly = overdueOnly;
  }

  public LocalDate getDeadline() {
    return deadline;
  }

  public void setDeadline(LocalDate deadline) {
    this.deadline = deadline;
  }

  public List<HazardInfo> getRows() {
    return rows;
  }
}
