package com.opsuite.gas.registry;

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
import java.time.Instant;

/** A customer of the utility at one address; key customers get closer audit. */
@Entity
@Table(name = "gas_customer")
public class Customer extends TenantOwned {

  @Id
  @SequenceGenerator(
      name = "gas_customer_seq",
      sequenceName = "gas_customer_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gas_customer_seq")
  private Long id;

  @Column(name = "customer_no", nullable = false, updatable = false)
  private String customerNo;

  @Column(nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private CustomerKind kind;

  @Column(name = "key_customer", nullable = false)
  private boolean keyCustomer;

  @Column(name = "area_id", nullable = false)
  private Long areaId;

  @Column(nullable = false)
  private String address;

  @Column(name = "contact_name")
  private String contactName;

  @Column private String phone;

  @Column(nullable = false)
  private boolean active = true;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt = Instant.now();

  @Version private long version;

  protected Customer() {}

  public Customer(String customerNo, String name, CustomerKind kind, Long areaId, String address) {
    this.customerNo = customerNo;
    this.name = name;
    this.kind = kind;
    this.areaId = areaId;
    this.address = address;
  }

  public Long getId() {
    return id;
  }

  public String getCustomerNo() {
    return customerNo;
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

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public long getVersion() {
    return version;
  }
}
