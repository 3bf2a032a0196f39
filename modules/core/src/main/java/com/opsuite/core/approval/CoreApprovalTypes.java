package com.opsuite.core.approval;

import java.util.List;

/** The document types core itself sends for approval; labels are in core's bundle. */
public final class CoreApprovalTypes {

  public static final String EXPENSE_CLAIM = "core.expense-claim";
  public static final String APPRAISAL_RESULT = "core.appraisal-result";

  private CoreApprovalTypes() {}

  /**
   * An expense claim: checked by the submitter's manager, then by the department head above 5,000
   * and by the general manager above 20,000. Appraisal results (a cycle's batch, or one reopened
   * result) are signed off by the submitter's department head, then the general manager.
   */
  public static List<ApprovalType> all() {
    return List.of(
        new ApprovalType(
            EXPENSE_CLAIM,
            List.of(ApprovalType.Field.number("amount")),
            ChainDefinition.of(
                StepDefinition.single("manager", RouteKind.SUBMITTER_MANAGER, null, 16),
                StepDefinition.single(
                    "department-head",
                    RouteKind.DEPARTMENT_HEAD,
                    null,
                    16,
                    Condition.of("amount", ">", 5000)),
                StepDefinition.single(
                    "general-manager",
                    RouteKind.COMPANY_HEAD,
                    null,
                    24,
                    Condition.of("amount", ">", 20000)))),
        new ApprovalType(
            APPRAISAL_RESULT,
            List.of(ApprovalType.Field.number("results")),
            ChainDefinition.of(
                StepDefinition.single("department-head", RouteKind.DEPARTMENT_HEAD, null, 24),
                StepDefinition.single("general-manager", RouteKind.COMPANY_HEAD, null, 48))));
  }
}
