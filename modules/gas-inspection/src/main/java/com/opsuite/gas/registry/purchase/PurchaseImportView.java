package com.opsuite.gas.registry.purchase;

import com.opsuite.core.security.RequiresPermission;
import com.opsuite.gas.registry.RegistryAccess;
import com.opsuite.gas.registry.RegistryPage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * Purchase import: upload the sales system's export, see every row with its problems, then add the
 * valid rows. Until "Import" nothing is saved; a file imported before adds nothing again.
 */
@Named("gasPurchaseImportView")
@ViewScoped
public class PurchaseImportView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient PurchaseRecorder recorder;
  @Inject transient RegistryPage page;

  private String fileName;
  private List<PurchaseLine> lines;
  private List<Row> rows = List.of();
  private boolean onlyProblems;

  /** A row as the page shows it: the file's values, the verdict and the problems in words. */
  public record Row(
      int number,
      String receiptNo,
      String cardNo,
      String date,
      String volumeM3,
      String amountYuan,
      LineStatus status,
      String problems)
      implements Serializable {
    public boolean isRefused() {
      return status == LineStatus.REFUSED;
    }
  }

  @RequiresPermission(RegistryAccess.IMPORT)
  public void upload(FileUploadEvent event) {
    UploadedFile file = event.getFile();
    clear();
    try {
      List<PurchaseLine> read =
          PurchaseFile.read(file.getContent(), file.getFileName(), file.getContentType());
      show(recorder.record(read, true, page.by()));
      lines = read;
      fileName = file.getFileName();
      onlyProblems = rows.stream().anyMatch(Row::isRefused);
    } catch (PurchaseFileRefused e) {
      page.error(e.violation().messageKey(), e.violation().args());
    }
  }

  /** Adds the valid rows; the rows then show what happened to each. */
  @RequiresPermission(RegistryAccess.IMPORT)
  public void importValid() {
    if (lines == null) {
      return;
    }
    PurchaseOutcome outcome = recorder.record(lines, false, page.by());
    show(outcome);
    lines = null;
    onlyProblems = false;
    page.info(
        "purchaseImport.done",
        outcome.count(LineStatus.ADDED),
        outcome.count(LineStatus.ALREADY_PRESENT),
        outcome.count(LineStatus.REFUSED));
  }

  /** Forgets the file: nothing was saved, nothing will be. */
  public void cancel() {
    clear();
    page.info("purchaseImport.cancelled");
  }

  private void show(PurchaseOutcome outcome) {
    List<Row> shown = new ArrayList<>(outcome.lines().size());
    for (CheckedLine l : outcome.lines()) {
      PurchaseLine p = l.line();
      shown.add(
          new Row(
              p.row(),
              p.receiptNo(),
              p.cardNo(),
              p.date(),
              p.volumeM3(),
              p.amountYuan(),
              l.status(),
              l.problems().stream()
                  .map(v -> page.text(v.messageKey(), v.args()))
                  .collect(Collectors.joining(" "))));
    }
    rows = shown;
  }

  private void clear() {
    fileName = null;
    lines = null;
    rows = List.of();
    onlyProblems = false;
  }

  public List<Row> getShownRows() {
    return onlyProblems ? rows.stream().filter(Row::isRefused).toList() : rows;
  }

  public long count(String status) {
    LineStatus s = LineStatus.valueOf(status);
    return rows.stream().filter(r -> r.status() == s).count();
  }

  public boolean isLoaded() {
    return lines != null;
  }

  public boolean isShowing() {
    return !rows.isEmpty();
  }

  public boolean isImportable() {
    return lines != null && count("VALID") > 0;
  }

  public long getSizeLimit() {
    return PurchaseFile.MAX_BYTES;
  }

  public int getMaxMegabytes() {
    return PurchaseFile.MAX_MEGABYTES;
  }

  public int getMaxRows() {
    return PurchaseFile.MAX_ROWS;
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
