package com.opsuite.online.content;

import com.opsuite.core.approval.ApprovalType;
import com.opsuite.core.approval.ChainDefinition;
import com.opsuite.core.approval.Condition;
import com.opsuite.core.approval.RouteKind;
import com.opsuite.core.approval.StepDefinition;
import com.opsuite.online.OnlineFeature;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Content review as an approval document. */
@ApplicationScoped
public class ContentFeature implements OnlineFeature {

  public static final String APPROVAL_TYPE = "online.content";

  /**
   * The seed's content review: the author's manager reviews every piece; a piece that concerns a
   * company project also needs the general manager's confirmation before it is published.
   */
  @Override
  public List<ApprovalType> approvalTypes() {
    return List.of(
        new ApprovalType(
            APPROVAL_TYPE,
            List.of(
                ApprovalType.Field.bool("involvesCompanyProject"),
                ApprovalType.Field.text("channel")),
            ChainDefinition.of(
                StepDefinition.single("manager-review", RouteKind.SUBMITTER_MANAGER, null, 8),
                StepDefinition.single(
                    "gm-confirmation",
                    RouteKind.COMPANY_HEAD,
                    null,
                    8,
                    Condition.of("involvesCompanyProject", "=", true)))));
  }
}
