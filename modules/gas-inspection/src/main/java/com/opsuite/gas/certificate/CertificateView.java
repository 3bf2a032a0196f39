package com.opsuite.gas.certificate;

import com.opsuite.core.security.CallerPermissions;
import com.opsuite.core.tenancy.TenantContext;
import com.opsuite.gas.problem.Callers;
import com.opsuite.gas.problem.GasRefusedException;
import com.opsuite.gas.problem.PageMessages;
import com.opsuite.gas.registry.Customer;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;

/** The printable gas use certificate of one customer (?customer=number), and a new line. */
@Named
@ViewScoped
public class CertificateView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Certificates certificates;
  @Inject transient CallerPermissions permissions;
  @Inject transient TenantContext tenant;

  private String customerNo;
  private Customer customer;
  private List<Certificates.Line> lines = List.of();
  private LocalDate entryOn;
  private CertificateEntry.Kind kind = CertificateEntry.Kind.INSPECTION;
  private String result;

  /** Inspectors and auditors use this page. */
  public void requireAccess() {
    Callers.requireAny(
        permissions, "gas.inspection.perform", "gas.audit.perform", "gas.customers.manage");
  }

  /** Reads the certificate named in the address; another tenant's number finds nothing. */
  public void load() {
    entryOn = entryOn == null ? today() : entryOn;
    try {
      customer =
          customerNo == null || customerNo.isBlank() ? null : certificates.customerByNo(customerNo);
      lines = customer == null ? List.of() : certificates.of(customer.getId());
    } catch (GasRefusedException e) {
      customer = null;
      lines = List.of();
    }
  }

  public void add() {
    try {
      certificates.add(
          customer.getId(),
          entryOn,
          kind,
          result,
          Callers.userId(permissions, "gas.inspection.perform"),
          null,
          today(),
          permissions.caller().map(Principal::getName).orElse("anonymous"));
      result = null;
      PageMessages.info("certificatePage.added");
    } catch (GasRefusedException e) {
      PageMessages.refused(e);
    }
    load();
  }

  private LocalDate today() {
    return LocalDate.now(tenant.require().timeZone());
  }

  public CertificateEntry.Kind[] getKinds() {
    return CertificateEntry.Kind.values();
  }

  public String getCustomerNo() {
    return customerNo;
  }

  public void setCustomerNo(String customerNo) {
    this.customerNo = customerNo;
  }

  public Customer getCustomer() {
    return customer;
  }

  public List<Certificates.Line> getLines() {
    return lines;
  }

  public LocalDate getEntryOn() {
    return entryOn;
  }

  public void setEntryOn(LocalDate entryOn) {
    this.entryOn = entryOn;
  }

  public CertificateEntry.Kind getKind() {
    return kind;
  }

  public void setKind(CertificateEntry.Kind kind) {
    this.kind = kind;
  }

  public String getResult() {
    return result;
  }

  public void setResult(String result) {
    this.result = result;
  }
}
