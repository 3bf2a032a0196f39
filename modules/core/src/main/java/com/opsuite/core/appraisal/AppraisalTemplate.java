package com.opsuite.core.appraisal;

import com.opsuite.core.i18n.LocalizedName;
import com.opsuite.core.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An appraisal template of the tenant: what its cycles weigh and how (see {@link TemplateSpec}).
 */
@Entity
@Table(name = "appraisal_template")
public class AppraisalTemplate extends TenantOwned {

  private static final java.lang.reflect.Type INDICATORS =
      new ArrayList<WeightedIndicator>() {}.getClass().getGenericSuperclass();
  private static final java.lang.reflect.Type CRITERIA =
      new ArrayList<Criterion>() {}.getClass().getGenericSuperclass();

  @Id
  @SequenceGenerator(
      name = "appraisal_template_seq",
      sequenceName = "appraisal_template_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "appraisal_template_seq")
  private Long id;

  @Column(nullable = false, length = 60, updatable = false)
  private String code;

  @Column(name = "name_zh", nullable = false, length = 200)
  private String nameZh;

  @Column(name = "name_en", nullable = false, length = 200)
  private String nameEn;

  @Column(nullable = false)
  private String indicators;

  @Column(nullable = false)
  private String criteria;

  @Column(name = "results_share", nullable = false, precision = 5, scale = 2)
  private BigDecimal resultsShare;

  @Column(name = "scale_min", nullable = false)
  private int scaleMin;

  @Column(name = "scale_max", nullable = false)
  private int scaleMax;

  @Column(name = "self_weight", nullable = false, precision = 5, scale = 2)
  private BigDecimal selfWeight;

  @Column(name = "superior_weight", nullable = false, precision = 5, scale = 2)
  private BigDecimal superiorWeight;

  @Column(name = "peer_weight", nullable = false, precision = 5, scale = 2)
  private BigDecimal peerWeight;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false, length = 200)
  private String updatedBy;

  @Version private long version;

  protected AppraisalTemplate() {}

  AppraisalTemplate(String code) {
    this.code = code;
  }

  void apply(LocalizedName name, TemplateSpec spec, String by) {
    this.nameZh = name.chinese();
    this.nameEn = name.english();
    this.indicators = AppraisalJson.write(spec.indicators());
    this.criteria = AppraisalJson.write(spec.criteria());
    this.resultsShare = spec.resultsShare();
    this.scaleMin = spec.scale().min();
    this.scaleMax = spec.scale().max();
    this.selfWeight = spec.evaluators().self();
    this.superiorWeight = spec.evaluators().superior();
    this.peerWeight = spec.evaluators().peer();
    this.updatedAt = Instant.now();
    this.updatedBy = by;
  }

  public TemplateSpec spec() {
    List<WeightedIndicator> items = AppraisalJson.read(indicators, INDICATORS);
    List<Criterion> rated = AppraisalJson.read(criteria, CRITERIA);
    return new TemplateSpec(
        items,
        rated,
        resultsShare,
        new RatingScale(scaleMin, scaleMax),
        new EvaluatorWeights(selfWeight, superiorWeight, peerWeight));
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public LocalizedName name() {
    return new LocalizedName(nameZh, nameEn);
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public long getVersion() {
    return version;
  }
}
