package com.opsuite.core.confidentiality;

import com.opsuite.core.security.CallerPermissions;
import com.opsuite.core.security.CorePermissions;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Decides, once per transaction, whether confidential records are visible in it, and tells
 * EclipseLink through the persistence context's properties. Visible only to a signed-in caller
 * holding {@link CorePermissions#CONFIDENTIAL_READ}; work without a caller (timers, start-up, mail)
 * sees internal records only.
 */
@Dependent
public class ConfidentialAccess {

  @Inject CallerPermissions permissions;

  public void bind(EntityManager em) {
    em.setProperty(
        ClassifiedRecord.READ_PARAMETER,
        callerMayRead() ? ClassifiedRecord.READABLE : ClassifiedRecord.HIDDEN);
  }

  private boolean callerMayRead() {
    try {
      return permissions.has(CorePermissions.CONFIDENTIAL_READ);
    } catch (ContextNotActiveException | IllegalStateException noCaller) {
      // Outside a request, or in an EJB lifecycle callback (start-up), where asking for the
      // caller is not allowed: system work, which sees internal records only.
      return false;
    }
  }
}
