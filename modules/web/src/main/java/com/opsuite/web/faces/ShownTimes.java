package com.opsuite.web.faces;

import com.opsuite.core.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Instants as pages show them: to the minute, on the tenant's clock (not the server's). */
@ApplicationScoped
public class ShownTimes {

  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  @Inject TenantContext tenant;

  public String minute(Instant at) {
    return at == null ? "" : MINUTE.format(at.atZone(zone()));
  }

  private ZoneId zone() {
    ZoneId zone = tenant.require().timeZone();
    return zone == null ? ZoneId.systemDefault() : zone;
  }
}
