package com.opsuite.online.campaign;

import com.opsuite.core.approval.ApprovalType;
import com.opsuite.core.approval.ChainDefinition;
import com.opsuite.core.approval.Condition;
import com.opsuite.core.approval.RouteKind;
import com.opsuite.core.approval.StepDefinition;
import com.opsuite.online.OnlineFeature;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;

/** Campaign plans reviewed as approval documents. */
@ApplicationScoped
public class CampaignFeature implements OnlineFeature {

  public static final String APPROVAL_TYPE = "online.campaign";

  /**
   * Plans estimated to cost more than this (yuan) also go to the department head. The seed has the
   * operations manager review every plan; spending above a small team budget is the head's call. A
   * tenant moves the line by editing the chain's condition in the chain designer.
   */
  public static final BigDecimal HEAD_REVIEW_ABOVE = new BigDecimal("10000");

  /**
   * The seed's activity review: the planner's manager reviews every plan and may return it for
   * revision; a plan estimated above {@link #HEAD_REVIEW_ABOVE} then goes to the department head.
   */
  @Override
  public List<ApprovalType> approvalTypes() {
    return List.of(
        new ApprovalType(
            APPROVAL_TYPE,
            List.of(
                ApprovalType.Field.number("costEstimate"),
                ApprovalType.Field.number("expectedRevenue")),
            ChainDefinition.of(
                StepDefinition.single("manager-review", RouteKind.SUBMITTER_MANAGER, null, 8),
                StepDefinition.single(
                    "head-review",
                    RouteKind.DEPARTMENT_HEAD,
                    null,
                    8,
                    Condition.of("costEstimate", ">", HEAD_REVIEW_ABOVE.toPlainString())))));
  }
}
