package com.opsuite.web.security;

import com.opsuite.core.audit.AuditCsv;
import com.opsuite.core.audit.AuditEvent;
import com.opsuite.core.audit.AuditLog;
import com.opsuite.core.security.CorePermissions;
import com.opsuite.core.security.RequiresPermission;
import com.opsuite.core.tenancy.TenantContext;
import com.opsuite.web.faces.CurrentUser;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The tenant's audit log for those who may read it: filter by action and dates (the tenant's time
 * zone), newest first, and export what is shown as CSV (which the log records too).
 */
@Named
@ViewScoped
public class AuditView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  @Inject AuditLog log;
  @Inject TenantContext tenant;
  @Inject CurrentUser user;

  private String action;
  private LocalDate from;
  private LocalDate to;
  private transient List<AuditEvent> events;

  @RequiresPermission(CorePermissions.AUDIT_READ)
  public void search() {
    events = null;
  }

  public List<AuditEvent> getEvents() {
    if (events == null) {
      events = log.search(action, start(from), end());
    }
    return events;
  }

  public String shown(Instant at) {
    return at == null ? "" : SHOWN.format(at.atZone(zone()));
  }

  @RequiresPermission(CorePermissions.AUDIT_EXPORT)
  public void exportCsv() throws IOException {
    byte[] csv =
        AuditCsv.write(log.export(user.name(), action, start(from), end()))
            .getBytes(StandardCharsets.UTF_8);
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    // Nothing is written before this action; resetting the response would only drop the headers
    // every response carries (SecurityHeadersFilter).
    external.setResponseContentType("text/csv; charset=UTF-8");
    external.setResponseHeader("Content-Disposition", "attachment; filename=\"audit-log.csv\"");
    // The log leaves the system with the export: no copy stays in a cache on the way (as for the
    // API's export).
    external.setResponseHeader("Cache-Control", "no-store");
    external.setResponseContentLength(csv.length);
    try (OutputStream out = external.getResponseOutputStream()) {
      out.write(csv);
    }
    faces.responseComplete();
  }

  /** The end of the "to" day (inclusive on the page), as the start of the next. */
  private Instant end() {
    return start(to == null ? null : to.plusDays(1));
  }

  private Instant start(LocalDate day) {
    return day == null ? null : day.atStartOfDay(zone()).toInstant();
  }

  private ZoneId zone() {
    return tenant.require().timeZone();
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action == null || action.isBlank() ? null : action.strip();
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
