package com.opsuite.gas.fieldcase;

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
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;

/** The field cases page: seals, alterations and hookups, pipeline occupations. */
@Named
@ViewScoped
public class FieldCasesView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient SealRecords seals;
  @Inject transient Alterations alterations;
  @Inject transient Occupations occupations;
  @Inject transient CallerPermissions permissions;
  @Inject transient TenantContext tenant;

  private List<SealRecord> sealRows = List.of();
  private List<Alteration> alterationRows = List.of();
  private List<Occupation> occupationRows = List.of();
  private List<OccupationNote> notes = List.of();
  private Occupation selected;

  private String meterNo;
  private String sealNo;
  private String customerNo;
  private Alteration.Kind kind = Alteration.Kind.PIPE_ALTERATION;
  private String description;
  private LocalDate deadlineOn;
  private String authority;
  private String location;
  private String structure;
  private String ownerName;
  private String ownerPhone;
  private String note;

  @PostConstruct
  void init() {
    deadlineOn = today().plusDays(7);
    load();
  }

  /** Inspectors and auditors use this page. */
  public void requireAccess() {
    Callers.requireAny(permissions, "gas.inspection.perform", "gas.audit.perform");
  }

  public void load() {
    sealRows = seals.of(null);
    alterationRows = alterations.list(null);
    occupationRows = occupations.list(false);
    if (selected != null) {
      selectOccupation(selected.getId());
    }
  }

  public void installSeal() {
    run(
        () -> {
          seals.install(seals.meterIdOf(meterNo), sealNo, null, null, null, null, me(), actor());
          sealNo = null;
        });
  }

  public void recordAlteration() {
    run(
        () -> {
          alterations.record(
              alterations.customerIdOf(customerNo),
              kind,
              description,
              today(),
              deadlineOn,
              me(),
              actor());
          description = null;
        });
  }

  public void rectified(long id) {
    run(() -> alterations.rectified(id, null, null, actor()));
  }

  public void refused(long id) {
    run(() -> alterations.refused(id, authority, null, null, actor()));
  }

  public void recordOccupation() {
    run(
        () -> {
          occupations.record(
              location, structure, ownerName, ownerPhone, today(), today(), me(), actor());
          location = null;
          structure = null;
        });
  }

  public void selectOccupation(long id) {
    try {
      selected = occupations.find(id);
      notes = occupations.notesOf(id);
    } catch (GasRefusedException e) {
      selected = null;
      PageMessages.refused(e);
    }
  }

  public void addNote() {
    run(
        () -> {
          occupations.note(selected.getId(), today(), note, today(), me(), actor());
          note = null;
        });
  }

  public void removed() {
    run(() -> occupations.removed(selected.getId(), today(), null, today(), actor()));
  }

  private void run(Runnable action) {
    try {
      action.run();
      PageMessages.info("fieldPage.saved");
    } catch (GasRefusedException e) {
      PageMessages.refused(e);
    }
    load();
  }

  private long me() {
    return Callers.userId(permissions, "gas.inspection.perform");
  }

  private String actor() {
    return permissions.caller().map(Principal::getName).orElse("anonymous");
  }

  private LocalDate today() {
    return LocalDate.now(tenant.require().timeZone());
  }

  public Alteration.Kind[] getKinds() {
    return Alteration.Kind.values();
  }

  public List<SealRecord> getSealRows() {
    return sealRows;
  }

  public List<Alteration> getAlterationRows() {
    return alterationRows;
  }

  public List<Occupation> getOccupationRows() {
    return occupationRows;
  }

  public List<OccupationNote> getNotes() {
    return notes;
  }

  public Occupation getSelected() {
    return selected;
  }

  public String getMeterNo() {
    return meterNo;
  }

  public void setMeterNo(String meterNo) {
    this.meterNo = meterNo;
  }

  public String getSealNo() {
    return sealNo;
  }

  public void setSealNo(String sealNo) {
    this.sealNo = sealNo;
  }

  public String getCustomerNo() {
    return customerNo;
  }

  public void setCustomerNo(String customerNo) {
    this.customerNo = customerNo;
  }

  public Alteration.Kind getKind() {
    return kind;
  }

  public void setKind(Alteration.Kind kind) {
    this.kind = kind;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public LocalDate getDeadlineOn() {
    return deadlineOn;
  }

  public void setDeadlineOn(LocalDate deadlineOn) {
    this.deadlineOn = deadlineOn;
  }

  public String getAuthority() {
    return authority;
  }

  public void setAuthority(String authority) {
    this.authority = authority;
  }

  public String getLocation() {
    return location;
  }

  public void setLocation(String location) {
    this.location = location;
  }

  public String getStructure() {
    return structure;
  }

  public void setStructure(String structure) {
    this.structure = structure;
  }

  public String getOwnerName() {
    return ownerName;
  }

  public void setOwnerName(String ownerName) {
    this.ownerName = ownerName;
  }

  public String getOwnerPhone() {
    return ownerPhone;
  }

  public void setOwnerPhone(String ownerPhone) {
    this.ownerPhone = ownerPhone;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
