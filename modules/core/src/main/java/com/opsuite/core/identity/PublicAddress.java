package com.opsuite.core.identity;

import com.opsuite.core.audit.RequestOrigin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address people reach the product at, for links in mail. Behind a proxy the request's own
 * address is an internal one, so {@code opsuite.http.public-url} names the outside one.
 */
@ApplicationScoped
public class PublicAddress {

  @Inject
  @ConfigProperty(name = "opsuite.http.public-url")
  Optional<String> publicUrl;

  @Inject RequestOrigin origin;

  /**
   * The tenant's page root, ending in a slash, e.g. {@code https://ops.example.com/t/acme/}; {@code
   * requestRoot} is the application root of the current request, used when not configured.
   */
  public String tenantPages(URI requestRoot, String tenant) {
    return pages(configured().orElse(applicationRoot(requestRoot)), tenant);
  }

  /**
   * The tenant's page root for links made anywhere, mail observers included: the configured
   * address, else the current request's. Empty for work without a request (a timer) when none is
   * configured: guessing from an earlier request would let a forged {@code Host} header choose
   * where everyone's reminders link to.
   */
  public Optional<String> tenantPages(String tenant) {
    return configured().or(origin::applicationRoot).map(root -> pages(root, tenant));
  }

  private Optional<String> configured() {
    return publicUrl.filter(u -> !u.isBlank());
  }

  private static String pages(String root, String tenant) {
    return (root.endsWith("/") ? root : root + "/") + "t/" + tenant + "/";
  }

  /** {@code http://host/api/} → {@code http://host/}: the API lives under {@code api/}. */
  private static String applicationRoot(URI root) {
    String text = root.toString();
    return text.endsWith("api/") ? text.substring(0, text.length() - "api/".length()) : text;
  }
}
