package com.opsuite.core.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.eclipse.persistence.internal.databaseaccess.Accessor;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Sets {@code app.tenant_id}, which the row-level security policies read, on every connection
 * EclipseLink acquires, to the tenant of the session acquiring it. Transaction-local ({@code
 * set_config(..., true)}): a pooled connection never carries a tenant into the next transaction.
 * Without a tenant it sets the empty string, under which every policy denies.
 *
 * <p>Fires once per transaction because the persistence unit joins the JTA transaction's connection
 * ({@code eclipselink.transaction.join-existing}); registered in persistence.xml.
 */
public class RowLevelSecurityListener extends SessionEventAdapter {

  static final String SET_TENANT = "SELECT set_config('app.tenant_id', ?, true)";

  @Override
  public void postAcquireConnection(SessionEvent event) {
    Object tenant = event.getSession().getProperty(TenantOwned.TENANT_PROPERTY);
    Connection connection = ((Accessor) event.getResult()).getConnection();
    try (PreparedStatement ps = connection.prepareStatement(SET_TENANT)) {
      ps.setString(1, tenant == null ? "" : tenant.toString());
      ps.execute();
    } catch (SQLException e) {
      // Failing loudly is the only safe answer: without the setting, the wall would be down.
      throw new IllegalStateException("Could not bind the connection to the tenant", e);
    }
  }
}
