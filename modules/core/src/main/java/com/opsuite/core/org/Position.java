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

/**
 * A position in a unit: whom it reports to, how many may hold it, what it is responsible for, and
 * the roles (rights) its holders get.
 */
@Entity
@Table(name = "org_position")
public class Position extends TenantOwned {

  @Id
  @SequenceGenerator(
      name = "org_position_seq",
      sequenceName = "org_position_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "org_position_seq")
  private Long id;

  @Column(name = "unit_id", nullable = false)
  private Long unitId;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(name = "reports_to_id")
  private Long reportsToId;

  @Column(nullable = false)
  private int headcount = 1;

  /** Sanitized HTML from the rich-text editor. */
  @Column(columnDefinition = "text")
  private String duties;

  @Column(columnDefinition = "text")
  private String standards;

  @Column(columnDefinition = "text")
  private String requirements;

  @Column(name = "template_key", length = 100)
  private String templateKey;

  @Version private long version;

  protected Position() {}

  Position(Long unitId, String title, Long reportsToId, int headcount, String templateKey) {
    this.unitId = unitId;
    this.title = title;
    this.reportsToId = reportsToId;
    this.headcount = headcount;
    this.templateKey = templateKey;
  }

  public Long getId() {
    return id;
  }

  public Long getUnitId() {
    return unitId;
  }

  void setUnitId(Long unitId) {
    this.unitId = unitId;
  }

  public String getTitle() {
    return title;
  }

  void setTitle(String title) {
    this.title = title;
  }

  public Long getReportsToId() {
    return reportsToId;
  }

  void setReportsToId(Long reportsToId) {
    this.reportsToId = reportsToId;
  }

  public int getHeadcount() {
    return headcount;
  }

  void setHeadcount(int headcount) {
    this.headcount = headcount;
  }

  public String getDuties() {
    return duties;
  }

  void setDuties(String duties) {
    this.duties = duties;
  }

  public String getStandards() {
    return standards;
  }

  void setStandards(String standards) {
    this.standards = standards;
  }

  public String getRequirements() {
    return requirements;
  }

  void setRequirements(String requirements) {
    this.requirements = requirements;
  }

  public String getTemplateKey() {
    return templateKey;
  }

  public long getVersion() {
    return version;
  }
}
