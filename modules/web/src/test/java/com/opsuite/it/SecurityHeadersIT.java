package com.opsuite.it;

import static com.opsuite.it.Http.asTenant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Hardening every response carries, and a session for tenant A is worthless at tenant B. */
@ExtendWith(ArquillianExtension.class)
class SecurityHeadersIT {

  @ArquillianResource URL base;

  @Test
  void pagesAndApiCarryTheSecurityHeaders() throws Exception {
    URI root = base.toURI();
    String tenant = TestTenants.signUp(root, "headers");
    HttpResponse<String> page = Http.get(root.resolve("t/" + tenant + "/login"));
    assertEquals(200, page.statusCode());
    assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertEquals("DENY", page.headers().firstValue("X-Frame-Options").orElse(""));
    assertEquals(
        "strict-origin-when-cross-origin", page.headers().firstValue("Referrer-Policy").orElse(""));
    List<String> policies = page.headers().allValues("Content-Security-Policy");
    String all = String.join(" | ", policies);
    assertTrue(all.contains("frame-ancestors 'none'"), all);
    assertTrue(all.contains("object-src 'none'"), all);
    assertTrue(
        all.contains("script-src") && all.contains("nonce-"), "PrimeFaces' nonce policy: " + all);

    String cookie =
        page.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("JSESSIONID="))
            .findFirst()
            .orElse("");
    assertTrue(cookie.contains("HttpOnly"), cookie);
    // Payara writes the value in lower case; browsers compare it case-insensitively.
    assertTrue(cookie.toLowerCase(java.util.Locale.ROOT).contains("samesite=lax"), cookie);

    HttpResponse<String> api = Http.get(root.resolve("api/v1/core/modules"), asTenant(tenant));
    assertEquals("no-store", api.headers().firstValue("Cache-Control").orElse(""));
    assertEquals("nosniff", api.headers().firstValue("X-Content-Type-Options").orElse(""));
  }
}
