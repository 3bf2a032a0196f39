package com.opsuite.web.appraisal;

import com.opsuite.core.appraisal.AppraisalTemplate;
import com.opsuite.core.appraisal.Criterion;
import com.opsuite.core.appraisal.TemplateDraft;
import com.opsuite.core.appraisal.TemplateSpec;
import com.opsuite.core.appraisal.WeightedIndicator;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The template being created or edited, as typed: turned into the same {@link TemplateDraft} the
 * REST API receives, so the core service applies one set of rules to both.
 */
public class TemplateForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private final boolean existing;
  private String code;
  private String nameZh;
  private String nameEn;
  private final List<WeightRow> indicators = new ArrayList<>();
  private final List<WeightRow> criteria = new ArrayList<>();
  private BigDecimal resultsShare = BigDecimal.valueOf(70);
  private Integer scaleMin = 1;
  private Integer scaleMax = 5;
  private BigDecimal selfWeight = BigDecimal.valueOf(20);
  private BigDecimal superiorWeight = BigDecimal.valueOf(60);
  private BigDecimal peerWeight = BigDecimal.valueOf(20);
  private Long version;

  private TemplateForm(boolean existing) {
    this.existing = existing;
  }

  /** A blank template with one indicator and one criterion line to fill. */
  static TemplateForm blank() {
    TemplateForm form = new TemplateForm(false);
    form.indicators.add(new WeightRow());
    form.criteria.add(new WeightRow());
    return form;
  }

  static TemplateForm of(AppraisalTemplate template) {
    TemplateForm form = new TemplateForm(true);
    TemplateSpec spec = template.spec();
    form.code = template.getCode();
    form.nameZh = template.name().chinese();
    form.nameEn = template.name().english();
    spec.indicators()
        .forEach(i -> form.indicators.add(new WeightRow(i.code(), null, null, i.weight())));
    spec.criteria()
        .forEach(
            c -> form.criteria.add(new WeightRow(c.code(), c.nameZh(), c.nameEn(), c.weight())));
    form.resultsShare = spec.resultsShare();
    form.scaleMin = spec.scale().min();
    form.scaleMax = spec.scale().max();
    form.selfWeight = spec.evaluators().self();
    form.superiorWeight = spec.evaluators().superior();
    form.peerWeight = spec.evaluators().peer();
    form.version = template.getVersion();
    return form;
  }

  TemplateDraft draft() {
    return new TemplateDraft(
        code,
        nameZh,
        nameEn,
        indicators.stream().map(r -> new WeightedIndicator(r.getCode(), r.getWeight())).toList(),
        criteria.stream()
            .map(r -> new Criterion(r.getCode(), r.getNameZh(), r.getNameEn(), r.getWeight()))
            .toList(),
        resultsShare,
        scaleMin,
        scaleMax,
        selfWeight,
        superiorWeight,
        peerWeight,
        version);
  }

  public boolean isExisting() {
    return existing;
  }

  public List<WeightRow> getIndicators() {
    return indicators;
  }

  public List<WeightRow> getCriteria() {
    return criteria;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code == null ? null : code.trim();
  }

  public String getNameZh() {
    return nameZh;
  }

  public void setNameZh(String nameZh) {
    this.nameZh = nameZh;
  }

  public String getNameEn() {
    return nameEn;
  }

  public void setNameEn(String nameEn) {
    this.nameEn = nameEn;
  }

  public BigDecimal getResultsShare() {
    return resultsShare;
  }

  public void setResultsShare(BigDecimal resultsShare) {
    this.resultsShare = resultsShare;
  }

  public Integer getScaleMin() {
    return scaleMin;
  }

  public void setScaleMin(Integer scaleMin) {
    this.scaleMin = scaleMin;
  }

  public Integer getScaleMax() {
    return scaleMax;
  }

  public void setScaleMax(Integer scaleMax) {
    this.scaleMax = scaleMax;
  }

  public BigDecimal getSelfWeight() {
    return selfWeight;
  }

  public void setSelfWeight(BigDecimal selfWeight) {
    this.selfWeight = selfWeight;
  }

  public BigDecimal getSuperiorWeight() {
    return superiorWeight;
  }

  public void setSuperiorWeight(BigDecimal superiorWeight) {
    this.superiorWeight = superiorWeight;
  }

  public BigDecimal getPeerWeight() {
    return peerWeight;
  }

  public void setPeerWeight(BigDecimal peerWeight) {
    this.peerWeight = peerWeight;
  }
}
