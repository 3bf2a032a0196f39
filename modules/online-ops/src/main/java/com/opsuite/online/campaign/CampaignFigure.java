package com.opsuite.online.campaign;

import com.opsuite.core.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One reading of a live figure (participants, interactions or any other metric) at a time. Readings
 * are counts so far, so the latest one of a metric is its current value. Never changed.
 */
@Entity
@Table(name = "online_campaign_figure")
public class CampaignFigure extends TenantOwned {

  @Id
  @SequenceGenerator(
      name = "online_campaign_figure_seq",
      sequenceName = "online_campaign_figure_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "online_campaign_figure_seq")
  private Long id;

  @Column(name = "campaign_id", nullable = false, updatable = false)
  private Long campaignId;

  @Column(name = "client_key", nullable = false, updatable = false)
  private String clientKey;

  @Column(nullable = false, updatable = false)
  private String metric;

  @Column(name = "measured_at", nullable = false, updatable = false)
  private Instant measuredAt;

  @Column(nullable = false, updatable = false)
  private BigDecimal value;

  @Column(name = "entered_by", nullable = false, updatable = false)
  private Long enteredBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt = Instant.now();

  protected CampaignFigure() {}

  CampaignFigure(
      Long campaignId,
      String clientKey,
      String metric,
      Instant measuredAt,
      BigDecimal value,
      Long enteredBy) {
    this.campaignId = campaignId;
    this.clientKey = clientKey;
    this.metric = metric;
    this.measuredAt = measuredAt;
    this.value = value;
    this.enteredBy = enteredBy;
  }

  public Long getId() {
    return id;
  }

  public Long getCampaignId() {
    return campaignId;
  }

  public String getClientKey() {
    return clientKey;
  }

  public String getMetric() {
    return metric;
  }

  public Instant getMeasuredAt() {
    return measuredAt;
  }

  public BigDecimal getValue() {
    return value;
  }

  public Long getEnteredBy() {
    return enteredBy;
  }
}
