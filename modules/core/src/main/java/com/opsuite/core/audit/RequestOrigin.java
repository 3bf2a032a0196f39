package com.opsuite.core.audit;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * Where the current request comes from, for the audit log. Filled by the web layer; empty for
 * background work.
 */
@RequestScoped
public class RequestOrigin {

  private String address;

  public void set(String address) {
    this.address = address;
  }

  public Optional<String> address() {
    return Optional.ofNullable(address);
  }
}
