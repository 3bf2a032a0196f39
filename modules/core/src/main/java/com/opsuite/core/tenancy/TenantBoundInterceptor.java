package com.opsuite.core.tenancy;

import com.opsuite.core.confidentiality.ConfidentialAccess;
import com.opsuite.core.persistence.TenantOwned;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Binds the transaction's persistence context to the current tenant. Runs inside the transaction
 * that {@code @Transactional} opened (a later priority), before the first query, so EclipseLink's
 * tenant filter and the connection's row-level-security setting both see the tenant.
 */
@TenantBound
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 300)
public class TenantBoundInterceptor {

  @PersistenceContext EntityManager em;
  @Inject TenantContext context;
  @Inject ConfidentialAccess confidential;

  @AroundInvoke
  Object bind(InvocationContext invocation) throws Exception {
    String tenant = context.require().code();
    Object bound = em.getProperties().get(TenantOwned.TENANT_PROPERTY);
    if (bound == null) {
      em.setProperty(TenantOwned.TENANT_PROPERTY, tenant);
      confidential.bind(em);
    } else if (!bound.equals(tenant)) {
      throw new IllegalStateException("One transaction cannot work for two tenants");
    }
    return invocation.proceed();
  }
}
