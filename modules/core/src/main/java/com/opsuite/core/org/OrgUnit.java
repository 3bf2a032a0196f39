package com.opsuite.core.org;

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

/** A company, department or group. Units form a tree; each department or group has a head. */
@Entity
@Table(name = "org_unit")
public class OrgUnit extends TenantOwned {

  @Id
  @SequenceGenerator(name = "org_unit_seq", sequenceName = "org_unit_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "org_unit_seq")
  private Long id;

  @Column(name = "parent_id")
  private Long parentId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private UnitKind kind;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(name = "head_position_id")
  private Long headPositionId;

  @Column(name = "template_key", length = 100)
  private String templateKey;

  @Version private long version;

  protected OrgUnit() {}

  OrgUnit(Long parentId, UnitKind kind, String name, String templateKey) {
    this.parentId = parentId;
    this.kind = kind;
    this.name = name;
    this.templateKey = templateKey;
  }

  public Long getId() {
    return id;
  }

  public Long getParentId() {
    return parentId;
  }

  void setParentId(Long parentId) {
    this.parentId = parentId;
  }

  public UnitKind getKind() {
    return kind;
  }

  void setKind(UnitKind kind) {
    this.kind = kind;
  }

  public String getName() {
    return name;
  }

  void setName(String name) {
    this.name = name;
  }

  public Long getHeadPositionId() {
    return headPositionId;
  }

  void setHeadPositionId(Long headPositionId) {
    this.headPositionId = headPositionId;
  }

  public String getTemplateKey() {
    return templateKey;
  }

  public long getVersion() {
    return version;
  }
}
