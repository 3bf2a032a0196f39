package com.opsuite.core.diagnostics;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/**
 * Adds the {@link StatementCountListener} to the persistence unit's session; persistence.xml names
 * this customizer, as its one session-event-listener property already names the row-level security
 * listener and takes no second class.
 */
public class StatementCountCustomizer implements SessionCustomizer {

  @Override
  public void customize(Session session) {
    session.getEventManager().addListener(new StatementCountListener());
  }
}
