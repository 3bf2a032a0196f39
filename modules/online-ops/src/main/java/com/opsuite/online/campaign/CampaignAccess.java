package com.opsuite.online.campaign;

import com.opsuite.core.security.AccessDeniedException;
import com.opsuite.core.security.CallerIdentity;
import com.opsuite.core.security.CallerPermissions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.security.Principal;

/**
 * Who may do what with campaigns. Planners plan and run them; approvers and report readers read
 * them; those who enter data post live figures; a task's owner ticks it off.
 */
@Named("campaignAccess")
@RequestScoped
public class CampaignAccess {

  public static final String PLAN = "online.campaign.plan";
  public static final String APPROVE = "online.campaign.approve";
  public static final String REPORT = "online.report.view";
  public static final String DATA = "online.data.enter";

  @Inject CallerPermissions permissions;

  public boolean mayRead() {
    return permissions.has(PLAN) || permissions.has(APPROVE) || permissions.has(REPORT);
  }

  public boolean mayPlan() {
    return permissions.has(PLAN);
  }

  public boolean mayEnterFigures() {
    return permissions.has(PLAN) || permissions.has(DATA);
  }

  public void requireRead() {
    if (!mayRead()) {
      permissions.require(PLAN);
    }
  }

  public void requireFigures() {
    if (!mayEnterFigures()) {
      permissions.require(DATA);
    }
  }

  /** A planner, or the owner of the task. */
  public void requireTask(CampaignTask task) {
    if (!mayPlan() && !task.getOwnerId().equals(me())) {
      permissions.require(PLAN);
    }
  }

  /** Who acts, for the audit log. */
  public String actor() {
    return permissions.caller().map(Principal::getName).orElse("anonymous");
  }

  /** The signed-in user; a platform operator is no user of the tenant. */
  public long me() {
    return permissions
        .caller()
        .filter(c -> !c.operator())
        .map(CallerIdentity::accountId)
        .orElseThrow(() -> new AccessDeniedException(PLAN, false));
  }
}
