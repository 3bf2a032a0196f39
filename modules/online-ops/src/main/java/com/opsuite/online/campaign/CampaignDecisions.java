package com.opsuite.online.campaign;

import com.opsuite.core.approval.ApprovalConcluded;
import com.opsuite.core.approval.ApprovalReturned;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Moves a campaign with the review of its plan: approved to preparation, rejected, or returned for
 * revision. Observed inside the transaction that decided, so the campaign and its approval never
 * disagree.
 */
@ApplicationScoped
public class CampaignDecisions {

  static final String ACTOR = "system:approvals";

  @Inject Campaigns campaigns;

  void concluded(@Observes ApprovalConcluded event) {
    if (CampaignFeature.APPROVAL_TYPE.equals(event.type())) {
      campaigns.concluded(event.approvalId(), event.outcome(), ACTOR);
    }
  }

  void returned(@Observes ApprovalReturned event) {
    if (CampaignFeature.APPROVAL_TYPE.equals(event.docType())) {
      campaigns.returned(event.approvalId(), ACTOR);
    }
  }
}
