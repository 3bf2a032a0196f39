package com.opsuite.online.design;

import com.opsuite.core.approval.ApprovalType;
import com.opsuite.core.approval.ChainDefinition;
import com.opsuite.core.approval.RouteKind;
import com.opsuite.core.approval.StepDefinition;
import com.opsuite.online.OnlineFeature;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The seed's graphic-design rules (平面设计管理) as approval documents: the requesting department's head
 * signs the request form, the general manager confirms the finished design before it is produced,
 * and each month's costs are signed by the department head and then the general manager before
 * finance pays.
 */
@ApplicationScoped
public class DesignFeature implements OnlineFeature {

  public static final String REQUEST = "online.design-request";
  public static final String CONFIRMATION = "online.design-confirmation";
  public static final String SETTLEMENT = "online.design-settlement";

  @Override
  public List<ApprovalType> approvalTypes() {
    return List.of(
        new ApprovalType(
            REQUEST,
            List.of(ApprovalType.Field.text("department")),
            ChainDefinition.of(
                StepDefinition.single("department-head", RouteKind.DEPARTMENT_HEAD, null, 16))),
        new ApprovalType(
            CONFIRMATION,
            List.of(ApprovalType.Field.text("department")),
            ChainDefinition.of(
                StepDefinition.single("general-manager", RouteKind.COMPANY_HEAD, null, 16))),
        new ApprovalType(
            SETTLEMENT,
            List.of(ApprovalType.Field.number("total")),
            ChainDefinition.of(
                StepDefinition.single("department-head", RouteKind.DEPARTMENT_HEAD, null, 16),
                StepDefinition.single("general-manager", RouteKind.COMPANY_HEAD, null, 24))));
  }
}
