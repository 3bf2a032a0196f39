package com.opsuite.web.notification;

import com.opsuite.core.notification.Notifications;
import com.opsuite.core.security.CallerIdentity;
import com.opsuite.core.security.CallerPermissions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** How many notifications the signed-in user has not read, for the bell in the navigation. */
@Named
@RequestScoped
public class NotificationCount {

  @Inject Notifications notifications;
  @Inject CallerPermissions permissions;

  private Long unread;

  public long getUnread() {
    if (unread == null) {
      unread =
          permissions
              .caller()
              .filter(c -> !c.operator())
              .map(CallerIdentity::accountId)
              .map(notifications::unread)
              .orElse(0L);
    }
    return unread;
  }

  /** Counts again when next asked, after the user read some. */
  public void refresh() {
    unread = null;
  }
}
