package com.opsuite.gas.inspection.web;

import com.opsuite.core.tenancy.TenantContext;
import com.opsuite.gas.inspection.Answer;
import com.opsuite.gas.inspection.CheckItem;
import com.opsuite.gas.inspection.Draft;
import com.opsuite.gas.inspection.EntryFailure;
import com.opsuite.gas.inspection.Evidence;
import com.opsuite.gas.inspection.EvidenceInfo;
import com.opsuite.gas.inspection.EvidenceKind;
import com.opsuite.gas.inspection.EvidenceService;
import com.opsuite.gas.inspection.FieldCaller;
import com.opsuite.gas.inspection.Inspection;
import com.opsuite.gas.inspection.InspectionDetails;
import com.opsuite.gas.inspection.InspectionRefused;
import com.opsuite.gas.inspection.InspectionService;
import com.opsuite.gas.inspection.InspectionStatus;
import com.opsuite.gas.inspection.ItemResult;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;

/**
 * The inspection form on the inspector's phone. Every answer, note and photo is saved the moment it
 * is given (the draft holds it all, so a lost connection or a closed browser loses nothing and
 * opening the task again resumes it); the page only keeps what it shows and the draft's version.
 * Edits made while the phone is offline are kept in the browser by the page's script and come back
 * through {@link #sendPhoneDraft}; every save tells the script the draft's new version.
 */
@Named
@ViewScoped
public class InspectionView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  @Inject InspectionService inspections;
  @Inject EvidenceService evidence;
  @Inject FieldCaller caller;
  @Inject TenantContext tenant;

  private Long taskId;
  private InspectionDetails details;
  private final Map<String, String> results = new HashMap<>();
  private final Map<String, String> itemNotes = new HashMap<>();
  private final Map<String, List<Photo>> photos = new HashMap<>();
  private String notes;
  private String signature;
  private String signatureLines;
  private EntryFailure reason;
  private String reasonNote;

  /** A photo as the page shows it: small, inline. */
  public record Photo(long id, String dataUri) implements Serializable {}

  /** Starts the task's inspection or resumes its draft. */
  public void open() {
    if (taskId == null) {
      PageMessages.error("inspection.refused.taskRequired");
      return;
    }
    try {
      load(inspections.start(taskId, caller.accountId()).inspection().getId());
    } catch (InspectionRefused e) {
      PageMessages.refused(e);
    }
  }

  public List<CheckItem> getCheckItems() {
    return List.of(CheckItem.values());
  }

  public void answer(String code, String result) {
    results.put(code, result);
    save();
  }

  /** The items not answered yet are passed: most homes pass most items. */
  public void passRest() {
    for (CheckItem item : CheckItem.values()) {
      results.putIfAbsent(item.code(), ItemResult.PASS.name());
    }
    save();
  }

  /** Saves the whole draft as the page holds it. */
  public void save() {
    saveWith(null, null, null);
  }

  /** The phone's position, sent by the page's script once the browser gives it. */
  public void locate() {
    Map<String, String> params =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    try {
      saveWith(
          new BigDecimal(params.get("lat")).setScale(6, java.math.RoundingMode.HALF_UP),
          new BigDecimal(params.get("lng")).setScale(6, java.math.RoundingMode.HALF_UP),
          params.get("acc") == null || params.get("acc").isBlank()
              ? null
              : new BigDecimal(params.get("acc")).setScale(1, java.math.RoundingMode.HALF_UP));
    } catch (NumberFormatException | NullPointerException e) {
      // No usable position: the inspection goes on without one.
    }
  }

  private void saveWith(BigDecimal lat, BigDecimal lng, BigDecimal accuracy) {
    if (!isEditable()) {
      return;
    }
    List<Answer> answers = new ArrayList<>();
    for (CheckItem item : CheckItem.values()) {
      String result = results.get(item.code());
      if (result != null && !result.isBlank()) {
        answers.add(
            new Answer(item.code(), ItemResult.valueOf(result), itemNotes.get(item.code())));
      }
    }
    try {
      Inspection saved =
          inspections.saveDraft(
              details.id(),
              new Draft(details.version(), answers, notes, lat, lng, accuracy),
              caller.accountId());
      details = InspectionDetails.of(inspections, saved);
      publishVersion();
    } catch (InspectionRefused e) {
      refusedThenReload(e);
    }
  }

  /**
   * The draft the phone kept while it was offline, sent by the page's script once the connection is
   * back. It is saved whole, with the version it was based on: if the inspection was changed
   * elsewhere meanwhile, it is refused and the page shows the inspection as it is now, unless what
   * is saved is that very draft (its first sending was saved but the answer never reached the
   * phone). Either way the script is told it may forget its copy (a copy that can never be saved
   * would be sent for ever).
   */
  public void sendPhoneDraft() {
    PrimeFaces.current().ajax().addCallbackParam("phoneDraftDone", true);
    if (!isEditable()) {
      PageMessages.error("inspection.refused.finished");
      return;
    }
    Draft draft;
    try {
      draft =
          PhoneDraft.read(
              FacesContext.getCurrentInstance()
                  .getExternalContext()
                  .getRequestParameterMap()
                  .get("draft"));
    } catch (IllegalArgumentException e) {
      PageMessages.error("inspection.offline.unreadable");
      return;
    }
    try {
      inspections.saveDraft(details.id(), draft, caller.accountId());
      reload();
      PageMessages.info("inspection.offline.sent");
    } catch (InspectionRefused e) {
      reload();
      if (!e.messageKey().equals("inspection.refused.stale")) {
        PageMessages.refused(e);
      } else if (PhoneDraft.alreadySaved(draft, details)) {
        PageMessages.info("inspection.offline.sent");
      } else {
        PageMessages.error("inspection.offline.conflict");
      }
    }
  }

  /** The page's script bases the drafts it keeps offline on this version. */
  private void publishVersion() {
    PrimeFaces page = PrimeFaces.current();
    if (details != null && page.isAjaxRequest()) {
      page.ajax().addCallbackParam("draftVersion", details.version());
    }
  }

  /** A photo of a failed item, taken with the phone's camera; the item is in the upload's id. */
  public void upload(FileUploadEvent event) {
    String code = event.getComponent().getId().substring("photo-".length());
    try {
      evidence.addPhoto(details.id(), code, event.getFile().getContent(), caller.accountId());
      reload();
    } catch (InspectionRefused e) {
      PageMessages.refused(e);
    }
  }

  public void removePhoto(long evidenceId) {
    try {
      evidence.removePhoto(evidenceId, caller.accountId());
      reload();
    } catch (InspectionRefused e) {
      refusedThenReload(e);
    }
  }

  /** Stores the signature drawn on screen (if any was drawn) and completes the inspection. */
  public void complete() {
    try {
      byte[] png = pngOf(signature);
      if (png != null) {
        evidence.sign(details.id(), png, caller.accountId());
      }
      inspections.complete(details.id(), details.version(), caller.accountId());
      reload();
      PageMessages.info("inspection.done.completed");
    } catch (InspectionRefused e) {
      refusedThenReload(e);
    }
  }

  public void recordEntryFailed() {
    try {
      inspections.entryFailed(
          details.id(), reason, reasonNote, details.version(), caller.accountId());
      reload();
      PageMessages.info(
          "inspection.done.entryFailed",
          inspections.revisitDue(details.id()).map(LocalDate::toString).orElse(""));
    } catch (InspectionRefused e) {
      PageMessages.refused(e);
    }
  }

  private void refusedThenReload(InspectionRefused e) {
    if (e.status() == 409 && "inspection.refused.stale".equals(e.messageKey())) {
      PageMessages.error("inspection.conflict");
    } else {
      PageMessages.refused(e);
    }
    reload();
  }

  private void reload() {
    load(details.id());
  }

  private void load(long inspectionId) {
    details = InspectionDetails.of(inspections, inspections.get(inspectionId));
    results.clear();
    itemNotes.clear();
    for (Answer a : details.items()) {
      results.put(a.code(), a.result().name());
      if (a.note() != null) {
        itemNotes.put(a.code(), a.note());
      }
    }
    notes = details.notes();
    publishVersion();
    photos.clear();
    for (EvidenceInfo e : details.evidence()) {
      if (e.kind() == EvidenceKind.PHOTO && e.itemCode() != null) {
        Evidence stored = evidence.get(e.id());
        photos
            .computeIfAbsent(e.itemCode(), c -> new ArrayList<>())
            .add(
                new Photo(
                    e.id(),
                    "data:"
                        + e.contentType()
                        + ";base64,"
                        + Base64.getEncoder().encodeToString(stored.getContent())));
      }
    }
  }

  /** The PNG bytes of the signature pad's data URL; null when nothing was drawn. */
  private static byte[] pngOf(String dataUrl) {
    if (dataUrl == null || !dataUrl.startsWith("data:image/png;base64,")) {
      return null;
    }
    return Base64.getDecoder().decode(dataUrl.substring("data:image/png;base64,".length()));
  }

  public boolean isAvailable() {
    return details != null;
  }

  public boolean isEditable() {
    return details != null && InspectionStatus.DRAFT.name().equals(details.status());
  }

  public boolean isSigned() {
    return details != null
        && details.evidence().stream().anyMatch(e -> e.kind() == EvidenceKind.SIGNATURE);
  }

  public List<Photo> photosOf(String code) {
    return photos.getOrDefault(code, List.of());
  }

  public boolean isFailed(String code) {
    return ItemResult.FAIL.name().equals(results.get(code));
  }

  public long getAnsweredCount() {
    return results.values().stream().filter(r -> r != null && !r.isBlank()).count();
  }

  public String time(Instant at) {
    return at == null ? "" : MINUTE.format(at.atZone(zone()));
  }

  private ZoneId zone() {
    ZoneId zone = tenant.require().timeZone();
    return zone == null ? ZoneId.systemDefault() : zone;
  }

  public List<EntryFailure> getReasons() {
    return List.of(EntryFailure.values());
  }

  public InspectionDetails getDetails() {
    return details;
  }

  public Long getTaskId() {
    return taskId;
  }

  public void setTaskId(Long taskId) {
    this.taskId = taskId;
  }

  public Map<String, String> getResults() {
    return results;
  }

  public Map<String, String> getItemNotes() {
    return itemNotes;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public String getSignature() {
    return signature;
  }

  public void setSignature(String signature) {
    this.signature = signature;
  }

  public String getSignatureLines() {
    return signatureLines;
  }

  public void setSignatureLines(String signatureLines) {
    this.signatureLines = signatureLines;
  }

  public EntryFailure getReason() {
    return reason;
  }

  public void setReason(EntryFailure reason) {
    this.reason = reason;
  }

  public String getReasonNote() {
    return reasonNote;
  }

  public void setReasonNote(String reasonNote) {
    this.reasonNote = reasonNote;
  }
}
