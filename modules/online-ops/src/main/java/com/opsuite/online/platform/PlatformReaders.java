package com.opsuite.online.platform;

import com.opsuite.core.security.AccessDeniedException;
import com.opsuite.core.security.CallerIdentity;
import com.opsuite.core.security.CallerPermissions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/**
 * Who may see the platforms: anyone holding one of the module's permissions, since editors,
 * promoters and agents all need to know the channels; changing them needs {@link #MANAGE}, and
 * reading a credential back needs {@link #REVEAL}.
 */
@Named("onlinePlatformReaders")
@RequestScoped
public class PlatformReaders {

  public static final String MANAGE = "online.platform.manage";
  public static final String REVEAL = "online.credential.reveal";

  @Inject CallerPermissions permissions;

  public boolean mayRead() {
    return permissions.all().stream().anyMatch(p -> p.startsWith("online."));
  }

  /** For the API and for the page's view action (the forbidden page). */
  public void requireRead() {
    if (!mayRead()) {
      throw new AccessDeniedException(MANAGE, permissions.caller().isPresent());
    }
  }

  public Optional<Long> callerId() {
    return permissions.caller().filter(c -> !c.operator()).map(CallerIdentity::accountId);
  }
}
