package com.opsuite.web.portability;

import com.opsuite.core.portability.ExportDownloads;
import com.opsuite.core.portability.ExportRunner;
import com.opsuite.core.portability.TenantExport;
import com.opsuite.core.portability.TenantExports;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The Data export page: start an export of all the tenant's data, watch it (the page polls while it
 * runs), and download the archive. Shows the latest export when opened.
 */
@Named
@ViewScoped
public class DataExportView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  @Inject ExportRunner runner;
  @Inject TenantExports exports;
  @Inject ExportDownloads downloads;
  @Inject TenantContext tenant;
  @Inject CurrentUser user;

  private String exportId;
  private transient TenantExport export;
  private transient boolean looked;

  @RequiresPermission(CorePermissions.TENANT_EXPORT)
  public void start() {
    exportId = runner.start(user.name()).getId();
    refresh();
  }

  /** Forgets what was read, so the next render shows the export's progress as saved now. */
  public void refresh() {
    export = null;
    looked = false;
  }

  public TenantExport getExport() {
    if (!looked) {
      Optional<TenantExport> found =
          exportId == null ? exports.recent().stream().findFirst() : exports.find(exportId);
      export = found.orElse(null);
      exportId = export == null ? null : export.getId();
      looked = true;
    }
    return export;
  }

  public boolean isRunning() {
    return getExport() != null && getExport().getStatus() == TenantExport.Status.RUNNING;
  }

  public boolean isDone() {
    return getExport() != null && getExport().getStatus() == TenantExport.Status.DONE;
  }

  /** The message key of the shown export's status. */
  public String getStatusKey() {
    return getExport() == null ? "" : "dataExport.status." + getExport().getStatus().name();
  }

  @RequiresPermission(CorePermissions.TENANT_EXPORT)
  public void download() throws IOException {
    Optional<Path> file =
        exportId == null ? Optional.empty() : downloads.take(exportId, user.name());
    if (file.isEmpty()) {
      return;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    external.setResponseContentType("application/zip");
    external.setResponseHeader(
        "Content-Disposition",
        "attachment; filename=\"" + ExportDownloads.fileName(getExport()) + "\"");
    external.setResponseHeader("Cache-Control", "no-store");
    external.setResponseHeader("Content-Length", String.valueOf(Files.size(file.get())));
    try (OutputStream out = external.getResponseOutputStream()) {
      Files.copy(file.get(), out);
    }
    faces.responseComplete();
  }

  public String shown(Instant at) {
    return at == null ? "" : SHOWN.format(at.atZone(tenant.require().timeZone()));
  }

  /** A size in MiB with two decimals (KiB below one MiB). */
  public String size(Long bytes) {
    if (bytes == null) {
      return "";
    }
    return bytes < 1 << 20
        ? String.format("%.1f KiB", bytes / 1024.0)
        : String.format("%.2f MiB", bytes / (double) (1 << 20));
  }
}
