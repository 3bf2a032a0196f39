package com.opsuite.core.audit;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * Where the current request comes from, for the audit log, and the address it reached the
 * application at, for links in mail. Filled by the web layer; empty for background work.
 */
@RequestScoped
public class RequestOrigin {

  private String address;
  private String applicationRoot;

  public void set(String address) {
    this.address = address;
  }

  public Optional<String> address() {
    return Optional.ofNullable(address);
  }

  /** The application's root as the request reached it, ending in a slash. */
  public void reached(String applicationRoot) {
    this.applicationRoot = applicationRoot;
  }

  public Optional<String> applicationRoot() {
    return Optional.ofNullable(applicationRoot);
  }
}
