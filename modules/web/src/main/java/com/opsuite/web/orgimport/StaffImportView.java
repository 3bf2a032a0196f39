package com.opsuite.web.orgimport;

import com.opsuite.core.i18n.CoreMessages;
import com.opsuite.core.org.imports.CheckedRow;
import com.opsuite.core.org.imports.ImportFileRefused;
import com.opsuite.core.org.imports.ImportLimits;
import com.opsuite.core.org.imports.ImportPreview;
import com.opsuite.core.org.imports.ImportRefused;
import com.opsuite.core.org.imports.StaffColumn;
import com.opsuite.core.org.imports.StaffFile;
import com.opsuite.core.org.imports.StaffImport;
import com.opsuite.core.org.imports.StaffSheet;
import com.opsuite.core.org.imports.StaffTemplate;
import com.opsuite.core.security.CorePermissions;
import com.opsuite.core.security.RequiresPermission;
import com.opsuite.web.faces.CurrentUser;
import com.opsuite.web.faces.Messages;
import com.opsuite.web.i18n.LocaleSelection;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * Staff import for the tenant administrator: upload a file, see every row with its problems, then
 * import all of it or cancel. Until "Import" nothing is saved; the rows wait in this view only.
 */
@Named
@ViewScoped
public class StaffImportView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient StaffImport imports;
  @Inject transient StaffTemplate template;
  @Inject transient CoreMessages texts;
  @Inject transient Messages messages;
  @Inject transient CurrentUser user;
  @Inject LocaleSelection localeSelection;

  private String fileName;
  private StaffSheet sheet;
  private List<PreviewRow> rows = List.of();
  private boolean onlyProblems;

  @RequiresPermission(CorePermissions.ORG_MANAGE)
  public void upload(FileUploadEvent event) {
    UploadedFile file = event.getFile();
    clear();
    try {
      StaffSheet read =
          StaffFile.read(file.getContent(), file.getFileName(), file.getContentType());
      show(imports.preview(read.rows()));
      sheet = read;
      fileName = file.getFileName();
      onlyProblems = rows.stream().anyMatch(r -> !r.isValid());
    } catch (ImportFileRefused e) {
      messages.error(e.violation().messageKey(), e.violation().args());
    }
  }

  @RequiresPermission(CorePermissions.ORG_MANAGE)
  public void importAll() {
    if (sheet == null) {
      return;
    }
    try {
      int count = imports.commit(sheet.rows(), user.name());
      clear();
      messages.info("org.import.done", count);
    } catch (ImportRefused e) {
      // The organisation changed since the preview: show the rows as they stand now.
      show(e.preview());
      onlyProblems = true;
      messages.error("org.import.changedSincePreview");
    }
  }

  /** Forgets the file: nothing was saved, nothing will be. */
  public void cancel() {
    clear();
    messages.info("org.import.cancelled");
  }

  @RequiresPermission(CorePermissions.ORG_MANAGE)
  public void downloadTemplate() throws IOException {
    byte[] csv = template.csv(localeSelection.getLocale());
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    external.responseReset();
    external.setResponseContentType("text/csv; charset=UTF-8");
    external.setResponseHeader(
        "Content-Disposition", "attachment; filename=\"" + StaffTemplate.FILE_NAME + "\"");
    external.setResponseContentLength(csv.length);
    try (OutputStream out = external.getResponseOutputStream()) {
      out.write(csv);
    }
    faces.responseComplete();
  }

  private void show(ImportPreview preview) {
    List<PreviewRow> shown = new ArrayList<>(preview.rows().size());
    for (CheckedRow checked : preview.rows()) {
      Map<String, List<String>> problems = new LinkedHashMap<>();
      checked
          .problems()
          .forEach(
              v ->
                  problems
                      .computeIfAbsent(v.field(), f -> new ArrayList<>())
                      .add(texts.text(localeSelection.getLocale(), v.messageKey(), v.args())));
      shown.add(new PreviewRow(checked.row(), problems));
    }
    rows = shown;
  }

  private void clear() {
    fileName = null;
    sheet = null;
    rows = List.of();
    onlyProblems = false;
  }

  public List<StaffColumn> getColumns() {
    return List.of(StaffColumn.values());
  }

  /** A column's heading, as the template writes it in the user's language. */
  public String heading(StaffColumn column) {
    return texts.text(localeSelection.getLocale(), column.labelKey());
  }

  public List<String> getIgnoredColumns() {
    return sheet == null
        ? List.of()
        : sheet.ignoredColumns().stream()
            .map(c -> texts.text(localeSelection.getLocale(), "org.import.columnIgnored", c))
            .toList();
  }

  public List<PreviewRow> getShownRows() {
    return onlyProblems ? rows.stream().filter(r -> !r.isValid()).toList() : rows;
  }

  public boolean isLoaded() {
    return sheet != null;
  }

  public int getRowCount() {
    return rows.size();
  }

  public long getProblemRowCount() {
    return rows.stream().filter(r -> !r.isValid()).count();
  }

  /** Import is offered only for a file whose every row passed. */
  public boolean isImportable() {
    return sheet != null && !rows.isEmpty() && getProblemRowCount() == 0;
  }

  public long getSizeLimit() {
    return ImportLimits.MAX_BYTES;
  }

  public int getMaxMegabytes() {
    return ImportLimits.MAX_MEGABYTES;
  }

  public int getMaxRows() {
    return ImportLimits.MAX_ROWS;
  }

  public String getFileName() {
    return fileName;
  }

  public boolean isOnlyProblems() {
    return onlyProblems;
  }

  public void setOnlyProblems(boolean onlyProblems) {
    this.onlyProblems = onlyProblems;
  }
}
