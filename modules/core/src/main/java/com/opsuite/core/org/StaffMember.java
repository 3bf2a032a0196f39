package com.opsuite.core.org;

import com.opsuite.core.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A person on the staff: a user of the tenant, or someone without a login (a trainee, say). */
@Entity
@Table(name = "staff_member")
public class StaffMember extends TenantOwned {

  @Id
  @SequenceGenerator(
      name = "staff_member_seq",
      sequenceName = "staff_member_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_member_seq")
  private Long id;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(name = "employee_no", length = 40)
  private String employeeNo;

  @Column(length = 254)
  private String email;

  @Column(length = 40)
  private String phone;

  @Column(name = "user_id")
  private Long userId;

  @Column(nullable = false)
  private boolean active = true;

  @Version private long version;

  protected StaffMember() {}

  StaffMember(String name, String employeeNo, String email, String phone, Long userId) {
    this.name = name;
    this.employeeNo = employeeNo;
    this.email = email;
    this.phone = phone;
    this.userId = userId;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  void setName(String name) {
    this.name = name;
  }

  public String getEmployeeNo() {
    return employeeNo;
  }

  void setEmployeeNo(String employeeNo) {
    this.employeeNo = employeeNo;
  }

  public String getEmail() {
    return email;
  }

  void setEmail(String email) {
    this.email = email;
  }

  public String getPhone() {
    return phone;
  }

  void setPhone(String phone) {
    this.phone = phone;
  }

  public Long getUserId() {
    return userId;
  }

  void setUserId(Long userId) {
    this.userId = userId;
  }

  public boolean isActive() {
    return active;
  }

  void setActive(boolean active) {
    this.active = active;
  }

  public long getVersion() {
    return version;
  }
}
