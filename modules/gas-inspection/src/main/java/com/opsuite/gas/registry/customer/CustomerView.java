package com.opsuite.gas.registry.customer;

import com.opsuite.core.persistence.OptimisticLocks;
import com.opsuite.core.security.RequiresPermission;
import com.opsuite.core.tenancy.TenantContext;
import com.opsuite.core.tenancy.TenantRef;
import com.opsuite.core.validation.InvalidInputException;
import com.opsuite.gas.registry.Area;
import com.opsuite.gas.registry.Customer;
import com.opsuite.gas.registry.CustomerKind;
import com.opsuite.gas.registry.GasCard;
import com.opsuite.gas.registry.Meter;
import com.opsuite.gas.registry.Purchase;
import com.opsuite.gas.registry.RegistryAccess;
import com.opsuite.gas.registry.RegistryPage;
import com.opsuite.gas.registry.RegistryRefused;
import com.opsuite.gas.registry.SealState;
import com.opsuite.gas.registry.area.Areas;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * One customer: the details with their meter, card history and latest purchases, and the forms that
 * change them. Without an id it registers a new customer.
 */
@Named("gasCustomerView")
@ViewScoped
public class CustomerView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  @Inject transient Customers customers;
  @Inject transient MeterCards meterCards;
  @Inject transient Areas areas;
  @Inject transient RegistryPage page;
  @Inject transient RegistryAccess access;
  @Inject transient TenantContext tenant;

  private Long id;
  private boolean loaded;
  private Customer customer;
  private Meter meter;
  private List<GasCard> cards = List.of();
  private List<Purchase> purchases = List.of();
  private List<Area> areaChoices = List.of();

  // The edit form.
  private String customerNo;
  private String name;
  private CustomerKind kind = CustomerKind.RESIDENTIAL;
  private boolean keyCustomer;
  private Long areaId;
  private String address;
  private String contactName;
  private String phone;
  private long version;

  // The meter and card forms.
  private String meterNo;
  private String meterType;
  private String sealNo;
  private SealState sealState = SealState.NONE;
  private LocalDate installedOn;
  private String cardNo;
  private String cardReason;

  /** View action: reads the customer named by {@code ?id=}; another tenant's or none is 404. */
  public void load() throws IOException {
    access.requireRead();
    if (loaded) {
      return;
    }
    loaded = true;
    areaChoices = areas.all();
    if (id == null) {
      return;
    }
    try {
      refresh(customers.get(id));
    } catch (RegistryRefused e) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(404, "");
      faces.responseComplete();
    }
  }

  @RequiresPermission(RegistryAccess.MANAGE)
  public String save() {
    CustomerForm form =
        new CustomerForm(
            customerNo, name, kind, keyCustomer, areaId, address, contactName, phone, version);
    try {
      if (customer == null) {
        Customer created = customers.create(form, page.by());
        page.info("customer.saved");
        return "/gas-inspection/customer?faces-redirect=true&id=" + created.getId();
      }
      refresh(customers.update(customer.getId(), form, page.by()));
      page.info("customer.saved");
    } catch (InvalidInputException e) {
      page.invalid(e, "edit:");
    } catch (OptimisticLockException e) {
      page.error("customer.conflict");
    } catch (RuntimeException e) {
      if (!OptimisticLocks.causedBy(e)) {
        throw e;
      }
      page.error("customer.conflict");
    }
    return null;
  }

  @RequiresPermission(RegistryAccess.MANAGE)
  public void saveMeter() {
    try {
      meterCards.setMeter(
          customer.getId(),
          new MeterForm(
              meterNo,
              meterType,
              sealNo,
              sealState,
              installedOn,
              meter == null ? null : meter.getVersion()),
          page.by());
      refresh(customers.get(customer.getId()));
      page.info("customer.meterSaved");
    } catch (InvalidInputException e) {
      page.invalid(e, "meter:");
    } catch (RegistryRefused e) {
      page.error(e.messageKey(), e.args());
    } catch (RuntimeException e) {
      if (!OptimisticLocks.causedBy(e)) {
        throw e;
      }
      page.error("customer.conflict");
    }
  }

  @RequiresPermission(RegistryAccess.MANAGE)
  public void bindCard() {
    try {
      meterCards.bindCard(customer.getId(), cardNo, cardReason, page.by());
      refresh(customers.get(customer.getId()));
      cardNo = null;
      cardReason = null;
      page.info("customer.cardSaved");
    } catch (InvalidInputException e) {
      page.invalid(e, "card:");
    } catch (RegistryRefused e) {
      page.error(e.messageKey(), e.args());
    }
  }

  private void refresh(Customer c) {
    customer = c;
    customerNo = c.getCustomerNo();
    name = c.getName();
    kind = c.getKind();
    keyCustomer = c.isKeyCustomer();
    areaId = c.getAreaId();
    address = c.getAddress();
    contactName = c.getContactName();
    phone = c.getPhone();
    version = c.getVersion();
    meter = meterCards.activeMeter(c.getId()).orElse(null);
    cards = meterCards.cardHistory(c.getId());
    purchases = customers.latestPurchases(c.getId(), CustomersResource.LATEST_PURCHASES);
    if (meter != null) {
      meterNo = meter.getMeterNo();
      meterType = meter.getMeterType();
      sealNo = meter.getSealNo();
      sealState = meter.getSealState();
      installedOn = meter.getInstalledOn();
    }
  }

  /** A moment as the tenant's people read it. */
  public String shown(Instant at) {
    return at == null
        ? ""
        : SHOWN.format(
            at.atZone(
                tenant.current().map(TenantRef::timeZone).orElse(ZoneId.of("Asia/Shanghai"))));
  }

  public String areaName() {
    return areaChoices.stream()
        .filter(a -> a.getId().equals(areaId))
        .map(Area::getName)
        .findFirst()
        .orElse("");
  }

  public boolean isExisting() {
    return customer != null;
  }

  public Customer getCustomer() {
    return customer;
  }

  public Meter getMeter() {
    return meter;
  }

  public List<GasCard> getCards() {
    return cards;
  }

  public List<Purchase> getPurchases() {
    return purchases;
  }

  public List<Area> getAreaChoices() {
    return areaChoices;
  }

  public CustomerKind[] getKinds() {
    return CustomerKind.values();
  }

  public SealState[] getSealStates() {
    return SealState.values();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getCustomerNo() {
    return customerNo;
  }

  public void setCustomerNo(String customerNo) {
    this.customerNo = customerNo;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public CustomerKind getKind() {
    return kind;
  }

  public void setKind(CustomerKind kind) {
    this.kind = kind;
  }

  public boolean isKeyCustomer() {
    return keyCustomer;
  }

  public void setKeyCustomer(boolean keyCustomer) {
    this.keyCustomer = keyCustomer;
  }

  public Long getAreaId() {
    return areaId;
  }

  public void setAreaId(Long areaId) {
    this.areaId = areaId;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getContactName() {
    return contactName;
  }

  public void setContactName(String contactName) {
    this.contactName = contactName;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getMeterNo() {
    return meterNo;
  }

  public void setMeterNo(String meterNo) {
    this.meterNo = meterNo;
  }

  public String getMeterType() {
    return meterType;
  }

  public void setMeterType(String meterType) {
    this.meterType = meterType;
  }

  public String getSealNo() {
    return sealNo;
  }

  public void setSealNo(String sealNo) {
    this.sealNo = sealNo;
  }

  public SealState getSealState() {
    return sealState;
  }

  public void setSealState(SealState sealState) {
    this.sealState = sealState;
  }

  public LocalDate getInstalledOn() {
    return installedOn;
  }

  public void setInstalledOn(LocalDate installedOn) {
    this.installedOn = installedOn;
  }

  public String getCardNo() {
    return cardNo;
  }

  public void setCardNo(String cardNo) {
    this.cardNo = cardNo;
  }

  public String getCardReason() {
    return cardReason;
  }

  public void setCardReason(String cardReason) {
    this.cardReason = cardReason;
  }
}
