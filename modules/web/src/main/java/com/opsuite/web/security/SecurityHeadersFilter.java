package com.opsuite.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers every response carries: no MIME sniffing, no framing by other sites, no full URL in the
 * Referer, and for pages a Content Security Policy. PrimeFaces adds per-response script nonces to
 * its policy (primefaces.CSP); this one sets what PrimeFaces does not: frames, forms, base,
 * objects.
 */
public class SecurityHeadersFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  // No default-src: it would also govern scripts, and a second policy can only narrow the first,
  // so PrimeFaces' nonce policy would no longer let its own inline scripts run.
  static final String POLICY =
      "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none';"
          + " connect-src 'self'";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    response.setHeader("Permissions-Policy", "camera=(self), geolocation=(self), microphone=()");
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!path.startsWith("/api/")) {
      response.setHeader("Content-Security-Policy", POLICY);
    } else {
      response.setHeader("Cache-Control", "no-store");
    }
    chain.doFilter(request, response);
  }
}
