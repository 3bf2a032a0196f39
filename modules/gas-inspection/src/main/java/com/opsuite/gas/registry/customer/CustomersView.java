package com.opsuite.gas.registry.customer;

import com.opsuite.core.persistence.CappedCount;
import com.opsuite.gas.registry.Area;
import com.opsuite.gas.registry.CustomerKind;
import com.opsuite.gas.registry.area.Areas;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The customer list: search by words, area, kind and key customers; export what is found. */
@Named("gasCustomersView")
@ViewScoped
public class CustomersView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Customers customers;
  @Inject transient Areas areas;

  private String q;
  private Long areaId;
  private CustomerKind kind;
  private boolean keyOnly;
  private CustomerRows rows;
  private List<Area> areaChoices;
  private Map<Long, String> areaNames;

  @PostConstruct
  void init() {
    areaChoices = areas.all();
    areaNames = customers.areaNames();
    search();
  }

  public void search() {
    rows =
        new CustomerRows(
            customers, new CustomerQuery(q, areaId, kind, keyOnly ? Boolean.TRUE : null));
  }

  public String areaName(Long id) {
    return areaNames.getOrDefault(id, "");
  }

  public CustomerRows getRows() {
    return rows;
  }

  /** Where the list stops counting, for the note that says so. */
  public int getCountCap() {
    return CappedCount.CAP;
  }

  public List<Area> getAreaChoices() {
    return areaChoices;
  }

  public CustomerKind[] getKinds() {
    return CustomerKind.values();
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public Long getAreaId() {
    return areaId;
  }

  public void setAreaId(Long areaId) {
    this.areaId = areaId;
  }

  public CustomerKind getKind() {
    return kind;
  }

  public void setKind(CustomerKind kind) {
    this.kind = kind;
  }

  public boolean isKeyOnly() {
    return keyOnly;
  }

  public void setKeyOnly(boolean keyOnly) {
    this.keyOnly = keyOnly;
  }
}
