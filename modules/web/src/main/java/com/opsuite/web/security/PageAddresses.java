package com.opsuite.web.security;

import com.opsuite.core.security.CallerIdentity;
import com.opsuite.web.tenancy.TenantPaths;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Which sign-in a page address needs, and where to send someone who has not got it. */
@ApplicationScoped
public class PageAddresses {

  public static final String PLATFORM = "/platform/";
  public static final String OPERATOR_LOGIN_VIEW = "/platform/login.xhtml";

  @Inject TenantPaths paths;

  /** The kind of page a path is. */
  public Target target(String path) {
    if (path.startsWith(TenantPaths.PREFIX)) {
      TenantPaths.TenantAddress address = paths.address(path);
      return new Target(address.tenant(), !paths.isPublicView(address.view()));
    }
    if (path.startsWith(PLATFORM)) {
      return new Target(null, !OPERATOR_LOGIN_VIEW.equals(path));
    }
    return new Target("", false);
  }

  void redirectToSignIn(HttpServletRequest request, HttpServletResponse response, Target target)
      throws IOException {
    String context = request.getContextPath();
    String location;
    if (target.operator()) {
      location = context + OPERATOR_LOGIN_VIEW;
    } else {
      String here = request.getRequestURI().substring(context.length());
      boolean postback = "POST".equals(request.getMethod());
      location =
          context
              + TenantPaths.PREFIX
              + target.tenant()
              + TenantPaths.LOGIN
              + (postback
                  ? ""
                  : "?next="
                      + URLEncoder.encode(
                          here
                              + (request.getQueryString() == null
                                  ? ""
                                  : "?" + request.getQueryString()),
                          StandardCharsets.UTF_8));
    }
    if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
      // An Ajax request follows no HTTP redirect; JSF's partial response tells the page to go.
      response.setContentType("text/xml");
      response.setCharacterEncoding("UTF-8");
      response
          .getWriter()
          .write(
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                  + location.replace("&", "&amp;").replace("\"", "&quot;")
                  + "\"/></partial-response>");
      return;
    }
    response.sendRedirect(location);
  }

  /**
   * A tenant's page ({@code tenant} its code), an operator page ({@code tenant} null) or neither
   * ({@code tenant} empty); {@code needsSignIn} for all but sign-in and reset pages.
   */
  public record Target(String tenant, boolean needsSignIn) {

    public boolean operator() {
      return tenant == null;
    }

    /**
     * Whether the sign-in counts here: only for its own tenant, or operator pages for operators.
     */
    boolean accepts(CallerIdentity caller) {
      if (tenant == null) {
        return caller.operator();
      }
      return !tenant.isEmpty() && tenant.equals(caller.tenant());
    }
  }
}
