package com.opsuite.web.tenancy;

import com.opsuite.core.tenancy.TenantContext;
import com.opsuite.core.tenancy.TenantRef;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps the tenant in every URL JSF writes for a tenant view — form actions, links and redirects —
 * so postbacks and navigation stay on {@code /t/{tenant}/...}.
 */
public class TenantViewHandler extends ViewHandlerWrapper {

  public TenantViewHandler(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public String getActionURL(FacesContext context, String viewId) {
    return withTenant(context, viewId, super.getActionURL(context, viewId));
  }

  @Override
  public String getBookmarkableURL(
      FacesContext context,
      String viewId,
      Map<String, List<String>> parameters,
      boolean includeViewParams) {
    return withTenant(
        context, viewId, super.getBookmarkableURL(context, viewId, parameters, includeViewParams));
  }

  @Override
  public String getRedirectURL(
      FacesContext context,
      String viewId,
      Map<String, List<String>> parameters,
      boolean includeViewParams) {
    return withTenant(
        context, viewId, super.getRedirectURL(context, viewId, parameters, includeViewParams));
  }

  private static String withTenant(FacesContext context, String viewId, String url) {
    TenantPaths paths = CDI.current().select(TenantPaths.class).get();
    if (viewId == null || !paths.isTenantView(viewId)) {
      return url;
    }
    Optional<TenantRef> tenant = CDI.current().select(TenantContext.class).get().current();
    String contextPath = context.getExternalContext().getRequestContextPath();
    // Bookmarkable and redirect URLs are built from the action URL: prefix once only.
    if (tenant.isEmpty()
        || !url.startsWith(contextPath + "/")
        || url.startsWith(contextPath + TenantPaths.PREFIX)) {
      return url;
    }
    return contextPath
        + TenantPaths.PREFIX
        + tenant.get().code()
        + url.substring(contextPath.length());
  }
}
