package com.opsuite.gas.theft;

import com.opsuite.core.security.CallerPermissions;
import com.opsuite.core.tenancy.TenantContext;
import com.opsuite.gas.problem.Callers;
import com.opsuite.gas.problem.GasRefusedException;
import com.opsuite.gas.problem.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/** The theft cases page: the list, a new case, and the selected case's evidence and actions. */
@Named
@ViewScoped
public class TheftCasesView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient TheftCases cases;
  @Inject transient CallerPermissions permissions;
  @Inject transient TenantContext tenant;

  private TheftStage stage;
  private List<TheftCase> rows = List.of();
  private Long selectedId;
  private TheftCase selected;
  private List<TheftEvidence> evidence = List.of();
  private List<TheftCaseEvent> log = List.of();

  // the new case
  private String customerNo;
  private TheftKind kind = TheftKind.METER_BYPASS;
  private String description;
  private boolean stopSupply;
  private boolean escalate;
  private BigDecimal compensation;
  private BigDecimal amount;

  @PostConstruct
  void init() {
    load();
  }

  public void load() {
    rows = cases.list(stage);
    if (selectedId != null) {
      select(selectedId);
    }
  }

  public void select(long id) {
    try {
      selected = cases.find(id);
      selectedId = id;
      evidence = cases.evidenceOf(id);
      log = cases.eventsOf(id);
    } catch (GasRefusedException e) {
      selected = null;
      selectedId = null;
      PageMessages.refused(e);
    }
  }

  public void open() {
    try {
      TheftCase created =
          cases.open(
              new TheftCases.Proposal(
                  cases.customerIdOf(customerNo),
                  null,
                  kind,
                  description,
                  stopSupply,
                  compensation,
                  escalate),
              LocalDate.now(tenant.require().timeZone()),
              Callers.userId(permissions, "gas.theft.handle"),
              actor());
      selectedId = created.getId();
      description = null;
      PageMessages.info("theftPage.opened", created.getCaseNo());
    } catch (GasRefusedException e) {
      PageMessages.refused(e);
    }
    load();
  }

  public void upload(FileUploadEvent event) {
    UploadedFile file = event.getFile();
    try {
      cases.addEvidence(
          selectedId,
          file.getFileName(),
          file.getContentType(),
          file.getContent(),
          Callers.userId(permissions, "gas.theft.handle"),
          actor());
    } catch (GasRefusedException e) {
      PageMessages.refused(e);
    }
    load();
  }

  public void submit() {
    try {
      cases.submit(
          selectedId,
          selected.getVersion(),
          Callers.userId(permissions, "gas.theft.handle"),
          actor());
      PageMessages.info("theftPage.submitted");
    } catch (GasRefusedException e) {
      PageMessages.refused(e);
    }
    load();
  }

  public void record(String action) {
    try {
      TheftCaseEvent.Kind what = TheftCaseEvent.Kind.valueOf(action);
      if (what == TheftCaseEvent.Kind.ESCALATED) {
        permissions.require("gas.theft.escalate");
      }
      cases.record(selectedId, what, amount, null, selected.getVersion(), actor());
      amount = null;
    } catch (GasRefusedException e) {
      PageMessages.refused(e);
    }
    load();
  }

  private String actor() {
    return permissions.caller().map(Principal::getName).orElse("anonymous");
  }

  public TheftStage[] getStages() {
    return TheftStage.values();
  }

  public TheftKind[] getKinds() {
    return TheftKind.values();
  }

  public TheftStage getStage() {
    return stage;
  }

  public void setStage(TheftStage stage) {
    this.stage = stage;
  }

  public List<TheftCase> getRows() {
    return rows;
  }

  public TheftCase getSelected() {
    return selected;
  }

  public List<TheftEvidence> getEvidence() {
    return evidence;
  }

  public List<TheftCaseEvent> getLog() {
    return log;
  }

  public String getCustomerNo() {
    return customerNo;
  }

  public void setCustomerNo(String customerNo) {
    this.customerNo = customerNo;
  }

  public TheftKind getKind() {
    return kind;
  }

  public void setKind(TheftKind kind) {
    this.kind = kind;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public boolean isStopSupply() {
    return stopSupply;
  }

  public void setStopSupply(boolean stopSupply) {
    this.stopSupply = stopSupply;
  }

  public boolean isEscalate() {
    return escalate;
  }

  public void setEscalate(boolean escalate) {
    this.escalate = escalate;
  }

  public BigDecimal getCompensation() {
    return compensation;
  }

  public void setCompensation(BigDecimal compensation) {
    this.compensation = compensation;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }
}
