package com.opsuite.online.campaign;

import com.opsuite.core.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;

/** A plan as it was sent for review (JSON), with the approval that reviewed it. Never changed. */
@Entity
@Table(name = "online_campaign_plan")
@IdClass(CampaignPlanKey.class)
public class CampaignPlan extends TenantOwned {

  @Id
  @Column(name = "campaign_id", nullable = false, updatable = false)
  private Long campaignId;

  @Id
  @Column(name = "plan_version", nullable = false, updatable = false)
  private Integer planVersion;

  @Column(nullable = false, updatable = false)
  private String plan;

  @Column(name = "approval_id", updatable = false)
  private Long approvalId;

  @Column(name = "author_id", nullable = false, updatable = false)
  private Long authorId;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt = Instant.now();

  protected CampaignPlan() {}

  CampaignPlan(Long campaignId, Integer planVersion, String plan, Long approvalId, Long authorId) {
    this.campaignId = campaignId;
    this.planVersion = planVersion;
    this.plan = plan;
    this.approvalId = approvalId;
    this.authorId = authorId;
  }

  public Long getCampaignId() {
    return campaignId;
  }

  public Integer getPlanVersion() {
    return planVersion;
  }

  public String getPlan() {
    return plan;
  }

  public Long getApprovalId() {
    return approvalId;
  }

  public Long getAuthorId() {
    return authorId;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
