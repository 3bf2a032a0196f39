package com.opsuite.online.content;

import com.opsuite.core.api.Caller;
import com.opsuite.core.i18n.CoreMessages;
import com.opsuite.core.security.CallerIdentity;
import com.opsuite.core.security.CallerPermissions;
import com.opsuite.core.security.RequiresPermission;
import com.opsuite.core.tenancy.TenantContext;
import com.opsuite.core.validation.InvalidInputException;
import com.opsuite.online.occasion.Occasion;
import com.opsuite.online.platform.Platform;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One content item: the editor (rich text, platforms, planned time, owner, occasion, flags), the
 * lifecycle's buttons, the publication per platform, the review's state and comments and the
 * revision history. Without an id it writes a new item.
 */
@Named("onlineContentItemView")
@ViewScoped
public class ContentItemView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  @Inject transient ContentService content;
  @Inject transient ContentAccess access;
  @Inject transient CallerPermissions permissions;
  @Inject transient TenantContext tenant;

  private Long id;
  private boolean loaded;
  private ContentItem item;
  private List<ContentTarget> targets = List.of();
  private List<ContentRevision> revisions = List.of();
  private ContentService.Review review;
  private ContentRevision shownRevision;
  private List<Platform> platformChoices = List.of();
  private List<Occasion> occasionChoices = List.of();
  private Map<Long, String> platformNames = Map.of();
  private Map<Long, String> userNames = Map.of();

  // The editor.
  private String title;
  private String body;
  private ContentKind kind = ContentKind.ARTICLE;
  private List<Long> platformIds = new ArrayList<>();
  private LocalDateTime plannedAt;
  private Long ownerId;
  private Long occasionId;
  private boolean companyProject;
  private boolean confidential;
  private String note;

  // Publishing.
  private Long publishPlatformId;
  private String link;

  /** View action: the item named by {@code ?id=}; another tenant's, hidden or none is 404. */
  public void load() throws IOException {
    access.requireRead();
    if (loaded) {
      return;
    }
    loaded = true;
    platformChoices = content.platforms();
    occasionChoices = content.occasions();
    platformNames = content.platformNames();
    userNames = content.userNames();
    if (id == null) {
      ownerId = access.userId();
      return;
    }
    try {
      refresh(content.find(id));
    } catch (ContentRefusedException e) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(404, "");
      faces.responseComplete();
    }
  }

  @RequiresPermission(ContentAccess.EDIT)
  public String save() {
    ContentDraft draft =
        new ContentDraft(
            title,
            body,
            kind,
            platformIds,
            plannedAt == null ? null : plannedAt.atZone(zone()).toInstant(),
            ownerId,
            occasionId,
            companyProject,
            confidential,
            note);
    try {
      if (item == null) {
        ContentItem created =
            content.create(draft, access.mayReadConfidential(), access.userId(), by());
        return "/online-ops/content-item?faces-redirect=true&id=" + created.getId();
      }
      refresh(
          content.update(
              item.getId(),
              draft,
              item.getVersion(),
              access.mayReadConfidential(),
              access.userId(),
              by()));
      note = null;
      ContentPageMessages.info("content.page.saved", item.getRevision());
    } catch (ContentRefusedException e) {
      ContentPageMessages.refused(e, "item:");
    }
    return null;
  }

  @RequiresPermission(ContentAccess.EDIT)
  public void proofread() {
    act(() -> content.proofread(item.getId(), item.getVersion(), access.userId(), by()));
  }

  @RequiresPermission(ContentAccess.EDIT)
  public void submit() {
    act(() -> content.submit(item.getId(), item.getVersion(), access.userId(), by()));
  }

  @RequiresPermission(ContentAccess.EDIT)
  public void archive() {
    act(() -> content.archive(item.getId(), item.getVersion(), by()));
  }

  @RequiresPermission(ContentAccess.PUBLISH)
  public void publish() {
    act(
        () ->
            content.publish(
                item.getId(), publishPlatformId, link, item.getVersion(), access.userId(), by()));
    if (!FacesContext.getCurrentInstance().isValidationFailed()) {
      link = null;
      publishPlatformId = null;
    }
  }

  public void showRevision(int revision) {
    try {
      shownRevision = content.revision(item.getId(), revision);
    } catch (ContentRefusedException e) {
      ContentPageMessages.refused(e, null);
    }
  }

  public void hideRevision() {
    shownRevision = null;
  }

  private interface Step {
    ContentItem run();
  }

  private void act(Step step) {
    try {
      refresh(step.run());
      ContentPageMessages.info("content.page.done");
    } catch (ContentRefusedException e) {
      ContentPageMessages.refused(e, "item:");
      reloadQuietly();
    } catch (InvalidInputException e) {
      // The approval engine refused the submitter (e.g. nobody above them to review).
      FacesContext faces = FacesContext.getCurrentInstance();
      e.violations()
          .forEach(
              v -> {
                String text =
                    CoreMessages.format(ContentPageMessages.locale(), v.messageKey(), v.args());
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
              });
      faces.validationFailed();
    }
  }

  /** After a refusal the page shows the item as it now is (someone may have moved it). */
  private void reloadQuietly() {
    try {
      refresh(content.find(item.getId()));
    } catch (ContentRefusedException gone) {
      item = null;
    }
  }

  private void refresh(ContentItem i) {
    item = i;
    id = i.getId();
    targets = content.targets(i.getId());
    revisions = content.revisions(i.getId());
    review = content.review(i);
    title = i.getTitle();
    body = i.getBody();
    kind = i.getKind();
    platformIds = new ArrayList<>(targets.stream().map(ContentTarget::getPlatformId).toList());
    plannedAt = i.getPlannedAt() == null ? null : LocalDateTime.ofInstant(i.getPlannedAt(), zone());
    ownerId = i.getOwnerId();
    occasionId = i.getOccasionId();
    companyProject = i.isCompanyProject();
    confidential = i.isConfidential();
  }

  private ZoneId zone() {
    return tenant.current().map(t -> t.timeZone()).orElse(ZoneId.of("Asia/Shanghai"));
  }

  private String by() {
    return permissions.caller().map(CallerIdentity::getName).orElse(Caller.ANONYMOUS);
  }

  // --- what the page shows ---

  public boolean isEditable() {
    return access.mayEdit()
        && (item == null
            || (item.getStatus() == ContentStatus.DRAFT
                    || item.getStatus() == ContentStatus.PROOFREAD
                    || item.getStatus() == ContentStatus.SCHEDULED)
                && targets.stream().noneMatch(ContentTarget::isPublished));
  }

  public boolean isMayProofread() {
    return item != null
        && access.mayEdit()
        && item.getStatus() == ContentStatus.DRAFT
        && item.getOwnerId().equals(currentUserId());
  }

  public boolean isMaySubmit() {
    return item != null && access.mayEdit() && item.getStatus() == ContentStatus.PROOFREAD;
  }

  public boolean isMayArchive() {
    return item != null
        && access.mayEdit()
        && item.getStatus() != ContentStatus.IN_REVIEW
        && item.getStatus() != ContentStatus.ARCHIVED;
  }

  public boolean isMayPublish() {
    return item != null
        && access.mayPublish()
        && item.getStatus() == ContentStatus.SCHEDULED
        && !getUnpublished().isEmpty();
  }

  public boolean isMayClassify() {
    return access.mayReadConfidential();
  }

  /** The item's platforms still waiting for their publication. */
  public List<ContentTarget> getUnpublished() {
    return targets.stream().filter(t -> !t.isPublished()).toList();
  }

  private Long currentUserId() {
    return permissions
        .caller()
        .filter(c -> !c.operator())
        .map(CallerIdentity::accountId)
        .orElse(null);
  }

  public String platformName(Long platformId) {
    return platformNames.getOrDefault(platformId, "");
  }

  public String userName(Long userId) {
    return userId == null ? "" : userNames.getOrDefault(userId, "");
  }

  public String shown(Instant at) {
    return at == null ? "" : SHOWN.format(LocalDateTime.ofInstant(at, zone()));
  }

  public ContentItem getItem() {
    return item;
  }

  public List<ContentTarget> getTargets() {
    return targets;
  }

  public List<ContentRevision> getRevisions() {
    return revisions;
  }

  public ContentService.Review getReview() {
    return review;
  }

  /** The reviewer's comment while the item is back in draft. */
  public String getReviewComment() {
    return review == null || item == null || item.getStatus() != ContentStatus.DRAFT
        ? null
        : review.comment();
  }

  public ContentRevision getShownRevision() {
    return shownRevision;
  }

  public List<Platform> getPlatformChoices() {
    return platformChoices;
  }

  public List<Occasion> getOccasionChoices() {
    return occasionChoices;
  }

  public Map<Long, String> getUserNames() {
    return userNames;
  }

  public ContentKind[] getKinds() {
    return ContentKind.values();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public ContentKind getKind() {
    return kind;
  }

  public void setKind(ContentKind kind) {
    this.kind = kind;
  }

  public List<Long> getPlatformIds() {
    return platformIds;
  }

  public void setPlatformIds(List<Long> platformIds) {
    this.platformIds = platformIds;
  }

  public LocalDateTime getPlannedAt() {
    return plannedAt;
  }

  public void setPlannedAt(LocalDateTime plannedAt) {
    this.plannedAt = plannedAt;
  }

  public Long getOwnerId() {
    return ownerId;
  }

  public void setOwnerId(Long ownerId) {
    this.ownerId = ownerId;
  }

  public Long getOccasionId() {
    return occasionId;
  }

  public void setOccasionId(Long occasionId) {
    this.occasionId = occasionId;
  }

  public boolean isCompanyProject() {
    return companyProject;
  }

  public void setCompanyProject(boolean companyProject) {
    this.companyProject = companyProject;
  }

  public boolean isConfidential() {
    return confidential;
  }

  public void setConfidential(boolean confidential) {
    this.confidential = confidential;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public Long getPublishPlatformId() {
    return publishPlatformId;
  }

  public void setPublishPlatformId(Long publishPlatformId) {
    this.publishPlatformId = publishPlatformId;
  }

  public String getLink() {
    return link;
  }

  public void setLink(String link) {
    this.link = link;
  }
}
