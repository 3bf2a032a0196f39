package com.opsuite.online.campaign;

import java.io.Serializable;
import java.util.Objects;

/** Primary key of {@link CampaignPlan} apart from the tenant, which EclipseLink adds. */
public class CampaignPlanKey implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long campaignId;
  private Integer planVersion;

  public CampaignPlanKey() {}

  public CampaignPlanKey(Long campaignId, Integer planVersion) {
    this.campaignId = campaignId;
    this.planVersion = planVersion;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CampaignPlanKey other
        && Objects.equals(campaignId, other.campaignId)
        && Objects.equals(planVersion, other.planVersion);
  }

  @Override
  public int hashCode() {
    return Objects.hash(campaignId, planVersion);
  }
}
