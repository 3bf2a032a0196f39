package com.opsuite.web.tenancy;

import com.opsuite.core.audit.RequestOrigin;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Notes the client's address for the audit log, and the address the request reached the application
 * at for links in mail. {@code X-Forwarded-For} is believed only when {@code
 * opsuite.http.trust-forwarded-for} says a reverse proxy sets it (docker/ does); otherwise any
 * client could write what it likes into the log.
 */
@WebFilter(urlPatterns = "/*")
public class RequestOriginFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject RequestOrigin origin;

  @Inject
  @ConfigProperty(name = "opsuite.http.trust-forwarded-for", defaultValue = "false")
  boolean trustForwardedFor;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String forwarded = request.getHeader("X-Forwarded-For");
    String address =
        !trustForwardedFor || forwarded == null || forwarded.isBlank()
            ? request.getRemoteAddr()
            : forwarded.split(",")[0].strip();
    origin.set(address.length() > 64 ? address.substring(0, 64) : address);
    String root =
        request.getRequestURL().toString().replace(request.getRequestURI(), "")
            + request.getContextPath()
            + "/";
    origin.reached(root);
    chain.doFilter(request, response);
  }
}
