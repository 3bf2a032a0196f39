package com.opsuite.core.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.io.Serializable;

/** Checks {@link RequiresPermission} before the call, ahead of transactions and tenancy. */
@RequiresPermission("")
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class PermissionInterceptor implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CallerPermissions permissions;

  @AroundInvoke
  Object check(InvocationContext invocation) throws Exception {
    // The method's own requirement wins over its class's (inherited by the container's subclass).
    RequiresPermission required = invocation.getMethod().getAnnotation(RequiresPermission.class);
    if (required == null) {
      required = invocation.getTarget().getClass().getAnnotation(RequiresPermission.class);
    }
    if (required != null) {
      permissions.require(required.value());
    }
    return invocation.proceed();
  }
}
