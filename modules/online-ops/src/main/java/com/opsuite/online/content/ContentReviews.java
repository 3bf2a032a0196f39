package com.opsuite.online.content;

import com.opsuite.core.approval.ApprovalConcluded;
import com.opsuite.core.approval.ApprovalReturned;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Moves a piece with its review: approved pieces are scheduled; returned, rejected or withdrawn
 * ones go back to draft, where the reviewer's comment is shown. Observed inside the transaction
 * that decided, so the piece and its approval never disagree.
 */
@ApplicationScoped
public class ContentReviews {

  static final String ACTOR = "system:approvals";

  @Inject ContentService content;

  void concluded(@Observes ApprovalConcluded event) {
    if (ContentFeature.APPROVAL_TYPE.equals(event.type())) {
      content.reviewed(
          event.approvalId(),
          switch (event.outcome()) {
            case APPROVED -> ContentStatus.SCHEDULED;
            case REJECTED, WITHDRAWN -> ContentStatus.DRAFT;
          },
          ACTOR);
    }
  }

  void returned(@Observes ApprovalReturned event) {
    if (ContentFeature.APPROVAL_TYPE.equals(event.docType())) {
      content.reviewed(event.approvalId(), ContentStatus.DRAFT, ACTOR);
    }
  }
}
