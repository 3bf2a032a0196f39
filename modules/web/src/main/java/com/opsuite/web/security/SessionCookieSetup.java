package com.opsuite.web.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie: HttpOnly, SameSite=Lax (no cross-site posts carry it), and Secure when {@code
 * opsuite.http.secure-cookies} says the product is reached over TLS.
 */
@WebListener
public class SessionCookieSetup implements ServletContextListener {

  @Override
  public void contextInitialized(ServletContextEvent event) {
    SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
    cookie.setHttpOnly(true);
    cookie.setAttribute("SameSite", "Lax");
    cookie.setSecure(
        ConfigProvider.getConfig()
            .getOptionalValue("opsuite.http.secure-cookies", Boolean.class)
            .orElse(false));
  }
}
