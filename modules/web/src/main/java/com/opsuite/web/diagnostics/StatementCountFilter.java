package com.opsuite.web.diagnostics;

import com.opsuite.core.diagnostics.StatementCount;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers every page and API request with the number of SQL statements it sent, in the header
 * {@value #HEADER}, and logs it at FINE; only when {@code opsuite.diagnostics.statement-count} is
 * on (the integration tests), otherwise it passes the request on untouched.
 *
 * <p>A page runs most of its queries while it renders, after the first bytes would normally have
 * committed the response and its headers. So while counting, the body is held back ({@link
 * HeldResponse}) and sent after the header: the count is the whole request's, the header needs no
 * HTTP trailer, and the cost (a copy of each body) is paid only with the diagnostic on.
 */
public class StatementCountFilter extends HttpFilter {

  public static final String HEADER = "X-Opsuite-Statements";

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(StatementCountFilter.class.getName());

  @Inject
  @ConfigProperty(name = "opsuite.diagnostics.statement-count", defaultValue = "false")
  boolean enabled;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!enabled) {
      chain.doFilter(request, response);
      return;
    }
    try (StatementCount count = StatementCount.open()) {
      HeldResponse held = new HeldResponse(response, () -> count.statements());
      chain.doFilter(request, held);
      if (request.isAsyncStarted()) {
        // Nothing here answers asynchronously; one that did would need its body released on
        // completion, which this filter does not do. Loud rather than a lost body.
        throw new IllegalStateException("Cannot count an asynchronous response's statements");
      }
      held.release();
      if (LOG.isLoggable(Level.FINE)) {
        LOG.fine(
            request.getMethod()
                + " "
                + request.getRequestURI()
                + ": "
                + count.statements()
                + " SQL statements");
      }
    }
  }
}
