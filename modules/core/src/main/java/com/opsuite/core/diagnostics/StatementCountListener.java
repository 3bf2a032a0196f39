package com.opsuite.core.diagnostics;

import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts every statement EclipseLink sends (queries, inserts, updates, deletes, sequence reads),
 * and the tenant binding {@code RowLevelSecurityListener} sends on each connection a transaction
 * acquires, which goes around EclipseLink's calls but is a round trip all the same.
 */
public class StatementCountListener extends SessionEventAdapter {

  @Override
  public void preExecuteCall(SessionEvent event) {
    StatementCount.record();
  }

  @Override
  public void postAcquireConnection(SessionEvent event) {
    StatementCount.record();
  }
}
