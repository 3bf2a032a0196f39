package com.opsuite.web.approval;

import com.opsuite.core.approval.ApprovalInbox;
import com.opsuite.core.security.CallerIdentity;
import com.opsuite.core.security.CallerPermissions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** How many approvals wait for the signed-in user, for the navigation; counted once a request. */
@Named
@RequestScoped
public class ApprovalCount {

  @Inject ApprovalInbox inbox;
  @Inject CallerPermissions permissions;

  private Integer pending;

  public int getPending() {
    if (pending == null) {
      pending =
          permissions
              .caller()
              .filter(c -> !c.operator())
              .map(CallerIdentity::accountId)
              .map(me -> inbox.count(ApprovalInbox.Box.PENDING, me))
              .orElse(0);
    }
    return pending;
  }

  /** Counts again when next asked, after the user acted on an approval. */
  public void refresh() {
    pending = null;
  }
}
