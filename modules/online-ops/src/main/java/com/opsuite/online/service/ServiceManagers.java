package com.opsuite.online.service;

import com.opsuite.online.PermissionHolders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;

/**
 * Who owns customer service in a tenant: the holders of {@code online.service.manage} through any
 * role. Escalations without a manager to ask and the suggestion-review reminders go to them.
 */
@ApplicationScoped
public class ServiceManagers {

  static final String MANAGE = "online.service.manage";

  @Inject PermissionHolders holders;

  public Set<Long> userIds() {
    return holders.of(MANAGE);
  }
}
