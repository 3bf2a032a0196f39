package com.opsuite.online.content;

import com.opsuite.core.approval.ActionKind;
import com.opsuite.core.approval.Approval;
import com.opsuite.core.approval.ApprovalAction;
import com.opsuite.core.approval.ApprovalHistory;
import com.opsuite.core.approval.ApprovalStatus;
import com.opsuite.core.approval.Approvals;
import com.opsuite.core.audit.AuditLog;
import com.opsuite.core.confidentiality.Classification;
import com.opsuite.core.confidentiality.ConfidentialExports;
import com.opsuite.core.tenancy.TenantBound;
import com.opsuite.core.tenancy.TenantContext;
import com.opsuite.core.text.RichText;
import com.opsuite.online.occasion.Occasion;
import com.opsuite.online.platform.Platform;
import com.opsuite.online.platform.PlatformAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A piece's life: written (each save a revision), proofread by its author, reviewed through the
 * {@code online.content} approval (the general manager's confirmation added when the piece concerns
 * a company project), scheduled, published platform by platform with its link, archived. A state
 * that does not allow a step answers 409; a stale version too.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class ContentService {

  static final int MAX_LINK = 500;
  static final String REVIEW_SUPERSEDED = "superseded by a new review";

  @PersistenceContext EntityManager em;
  @Inject Approvals approvals;
  @Inject ApprovalHistory history;
  @Inject AuditLog audit;
  @Inject PlatformAccess publishers;
  @Inject TenantContext tenant;
  @Inject Validator validator;
  @Inject ConfidentialExports exports;

  static final int MAX_EXPORT = 10_000;

  /** The approval of a piece as its page and its API show it. */
  public record Review(
      long approvalId, ApprovalStatus status, Integer currentStep, List<ReviewLine> lines) {

    /** The last reviewer's word when the piece came back: returned or rejected. */
    public String comment() {
      for (int i = lines.size() - 1; i >= 0; i--) {
        ReviewLine line = lines.get(i);
        if (line.action() == ActionKind.RETURN || line.action() == ActionKind.REJECT) {
          return line.comment();
        }
        if (line.action() == ActionKind.SUBMIT || line.action() == ActionKind.RESUBMIT) {
          return null;
        }
      }
      return null;
    }
  }

  public record ReviewLine(
      ActionKind action, String actor, Integer stepNo, String comment, Instant at) {}

  // --- reading ---

  public long count(ContentQuery q) {
    TypedQuery<Long> query =
        em.createQuery("SELECT COUNT(c) FROM ContentItem c" + where(q), Long.class);
    bind(query, q);
    return query.getSingleResult();
  }

  public List<ContentItem> search(ContentQuery q, int first, int max) {
    TypedQuery<ContentItem> query =
        em.createQuery(
            "SELECT c FROM ContentItem c" + where(q) + " ORDER BY c.updatedAt DESC, c.id DESC",
            ContentItem.class);
    bind(query, q);
    return query.setFirstResult(Math.max(first, 0)).setMaxResults(max).getResultList();
  }

  /**
   * Every row of the query for a download; confidential rows that leave are recorded in the audit
   * log, in the transaction that read them.
   */
  public List<ContentItem> export(ContentQuery q, String by) {
    List<ContentItem> rows = search(q, 0, MAX_EXPORT);
    exports.exported(by, "online-content", rows, ContentItem::getId);
    return rows;
  }

  private static String where(ContentQuery q) {
    List<String> terms = new ArrayList<>();
    if (q.status() != null) {
      terms.add("c.status = :status");
    }
    if (q.kind() != null) {
      terms.add("c.kind = :kind");
    }
    if (q.ownerId() != null) {
      terms.add("c.ownerId = :owner");
    }
    if (q.platformId() != null) {
      terms.add(
          "EXISTS (SELECT t.contentId FROM ContentTarget t WHERE t.contentId = c.id"
              + " AND t.platformId = :platform)");
    }
    if (words(q) != null) {
      terms.add("LOWER(c.title) LIKE :words");
    }
    return terms.isEmpty() ? "" : " WHERE " + String.join(" AND ", terms);
  }

  private static void bind(TypedQuery<?> query, ContentQuery q) {
    if (q.status() != null) {
      query.setParameter("status", q.status());
    }
    if (q.kind() != null) {
      query.setParameter("kind", q.kind());
    }
    if (q.ownerId() != null) {
      query.setParameter("owner", q.ownerId());
    }
    if (q.platformId() != null) {
      query.setParameter("platform", q.platformId());
    }
    String words = words(q);
    if (words != null) {
      query.setParameter("words", "%" + words + "%");
    }
  }

  private static String words(ContentQuery q) {
    if (q.q() == null || q.q().isBlank()) {
      return null;
    }
    return q.q()
        .strip()
        .toLowerCase(Locale.ROOT)
        .replace("\\", "\\\\")
        .replace("%", "\\%")
        .replace("_", "\\_");
  }

  /** The piece, if this tenant has it and the caller may see it; otherwise 404. */
  public ContentItem find(long id) {
    ContentItem item = em.find(ContentItem.class, id);
    if (item == null) {
      throw ContentRefusedException.notFound();
    }
    return item;
  }

  /** The platforms of each item, for a page of the list: one query, not one per item. */
  public Map<Long, List<Long>> platformIds(List<Long> contentIds) {
    if (contentIds.isEmpty()) {
      return Map.of();
    }
    return em.createQuery(
            "SELECT t FROM ContentTarget t WHERE t.contentId IN :ids ORDER BY t.platformId",
            ContentTarget.class)
        .setParameter("ids", contentIds)
        .getResultStream()
        .collect(
            Collectors.groupingBy(
                ContentTarget::getContentId,
                Collectors.mapping(ContentTarget::getPlatformId, Collectors.toList())));
  }

  public List<ContentTarget> targets(long contentId) {
    return em.createQuery(
            "SELECT t FROM ContentTarget t WHERE t.contentId = :id ORDER BY t.platformId",
            ContentTarget.class)
        .setParameter("id", contentId)
        .getResultList();
  }

  public List<ContentRevision> revisions(long contentId) {
    find(contentId);
    return em.createQuery(
            "SELECT r FROM ContentRevision r WHERE r.contentId = :id ORDER BY r.revision DESC",
            ContentRevision.class)
        .setParameter("id", contentId)
        .getResultList();
  }

  public ContentRevision revision(long contentId, int revision) {
    find(contentId);
    ContentRevision found =
        em.find(ContentRevision.class, new ContentRevisionKey(contentId, revision));
    if (found == null) {
      throw ContentRefusedException.notFound();
    }
    return found;
  }

  /** The piece's latest review with its history, or null before the first submission. */
  public Review review(ContentItem item) {
    if (item.getApprovalId() == null) {
      return null;
    }
    Approval approval = em.find(Approval.class, item.getApprovalId());
    if (approval == null) {
      return null;
    }
    List<ReviewLine> lines =
        history.of(approval.getId()).stream()
            .map(
                (ApprovalAction a) ->
                    new ReviewLine(
                        a.getAction(),
                        a.getActorName(),
                        a.getStepNo(),
                        a.getComment(),
                        a.getOccurredAt()))
            .toList();
    return new Review(approval.getId(), approval.getStatus(), approval.getCurrentStep(), lines);
  }

  /** Events and promotions a piece may be about, latest first. */
  public List<Occasion> occasions() {
    return em.createQuery("SELECT o FROM Occasion o ORDER BY o.startsOn DESC, o.id", Occasion.class)
        .setMaxResults(200)
        .getResultList();
  }

  /** Active platforms a piece may go to, by name. */
  public List<Platform> platforms() {
    return em.createQuery(
            "SELECT p FROM Platform p WHERE p.active = true ORDER BY p.name", Platform.class)
        .getResultList();
  }

  public Map<Long, String> platformNames() {
    return em
        .createQuery("SELECT p FROM Platform p ORDER BY p.name", Platform.class)
        .getResultList()
        .stream()
        .collect(
            Collectors.toMap(Platform::getId, Platform::getName, (a, b) -> a, LinkedHashMap::new));
  }

  /** The tenant's users by name, for owners and authors. */
  public Map<Long, String> userNames() {
    Map<Long, String> names = new LinkedHashMap<>();
    em.createQuery(
            "SELECT u.id, u.displayName FROM UserAccount u ORDER BY u.displayName", Object[].class)
        .getResultList()
        .forEach(row -> names.put((Long) row[0], (String) row[1]));
    return names;
  }

  // --- writing ---

  public ContentItem create(ContentDraft draft, boolean mayClassify, long userId, String by) {
    Checked c = check(draft, mayClassify, userId);
    ContentItem item = new ContentItem(c.title(), draft.kind(), c.ownerId());
    apply(item, draft, c);
    em.persist(item);
    em.flush();
    for (Long platform : c.platforms()) {
      em.persist(new ContentTarget(item.getId(), platform));
    }
    em.persist(
        new ContentRevision(item.getId(), 1, item.getTitle(), item.getBody(), userId, c.note()));
    em.flush();
    audit.record(by, "online.content.created", target(item), null, summary(item));
    return item;
  }

  /**
   * Saves a new revision. A proofread piece must be proofread again; a scheduled one goes back to
   * draft for a new review. In review, published or archived pieces are not edited.
   */
  public ContentItem update(
      long id, ContentDraft draft, Long version, boolean mayClassify, long userId, String by) {
    ContentItem item = current(id, version);
    ContentStatus before = item.getStatus();
    if (before != ContentStatus.DRAFT
        && before != ContentStatus.PROOFREAD
        && before != ContentStatus.SCHEDULED) {
      throw ContentRefusedException.conflict("content.refused.notEditable");
    }
    List<ContentTarget> targets = targets(id);
    if (targets.stream().anyMatch(ContentTarget::isPublished)) {
      throw ContentRefusedException.conflict("content.refused.notEditable");
    }
    Checked c = check(draft, mayClassify, item.getOwnerId());
    String summaryBefore = summary(item);
    item.setTitle(c.title());
    apply(item, draft, c);
    Set<Long> wanted = new HashSet<>(c.platforms());
    for (ContentTarget t : targets) {
      if (!wanted.remove(t.getPlatformId())) {
        em.remove(t);
      }
    }
    for (Long platform : c.platforms()) {
      if (wanted.contains(platform)) {
        em.persist(new ContentTarget(id, platform));
      }
    }
    item.setRevision(item.getRevision() + 1);
    item.setStatus(ContentStatus.DRAFT);
    item.setUpdatedAt(Instant.now());
    em.persist(
        new ContentRevision(
            id, item.getRevision(), item.getTitle(), item.getBody(), userId, c.note()));
    em.flush();
    audit.record(by, "online.content.revised", target(item), summaryBefore, summary(item));
    return item;
  }

  /** The author confirms the piece reads right: only its owner proofreads. */
  public ContentItem proofread(long id, Long version, long userId, String by) {
    ContentItem item = current(id, version);
    if (item.getStatus() != ContentStatus.DRAFT) {
      throw ContentRefusedException.conflict("content.refused.notDraft");
    }
    if (item.getOwnerId() != userId) {
      throw ContentRefusedException.forbidden("content.refused.notOwner");
    }
    return move(item, ContentStatus.PROOFREAD, "online.content.proofread", by);
  }

  /**
   * Sends the proofread piece for review. An earlier review still open (returned for revision) is
   * withdrawn in its submitter's name, so the new one tests the piece as it is now.
   */
  public ContentItem submit(long id, Long version, long userId, String by) {
    ContentItem item = current(id, version);
    if (item.getStatus() != ContentStatus.PROOFREAD) {
      throw ContentRefusedException.conflict("content.refused.notProofread");
    }
    List<ContentTarget> targets = targets(id);
    if (targets.isEmpty()) {
      throw ContentRefusedException.conflict("content.refused.noPlatforms");
    }
    if (item.getApprovalId() != null) {
      Approval earlier = em.find(Approval.class, item.getApprovalId());
      if (earlier != null && earlier.getStatus().open()) {
        approvals.act(
            earlier.getId(),
            ActionKind.WITHDRAW,
            REVIEW_SUPERSEDED,
            null,
            null,
            earlier.getSubmitterUserId());
      }
    }
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("involvesCompanyProject", item.isCompanyProject());
    fields.put("channel", channel(targets));
    Approval approval =
        approvals.start(
            ContentFeature.APPROVAL_TYPE, documentRef(item), item.getTitle(), fields, userId);
    item.setApprovalId(approval.getId());
    // Every step may have fallen away at once; the piece follows what the engine decided.
    ContentStatus next =
        switch (approval.getStatus()) {
          case APPROVED -> ContentStatus.SCHEDULED;
          case REJECTED, WITHDRAWN -> ContentStatus.DRAFT;
          default -> ContentStatus.IN_REVIEW;
        };
    return move(item, next, "online.content.submitted", by);
  }

  /**
   * The review ended or came back. Observed in the approver's transaction; the approver need not
   * read confidential pieces, so the row is moved by SQL rather than through the filtered entity.
   */
  public void reviewed(long approvalId, ContentStatus next, String by) {
    int moved =
        em.createNativeQuery(
                "UPDATE online_content SET status = ?, version = version + 1, updated_at = now()"
                    + " WHERE tenant_id = ? AND approval_id = ? AND status = 'IN_REVIEW'")
            .setHint("eclipselink.jdbc.allow-native-sql-query", "true")
            .setParameter(1, next.name())
            .setParameter(2, tenant.require().code())
            .setParameter(3, approvalId)
            .executeUpdate();
    if (moved > 0) {
      audit.record(by, "online.content.reviewed", "approval:" + approvalId, null, next.name());
    }
  }

  /**
   * Puts the scheduled piece out on one of its platforms, with the link where it can be read. Only
   * the platform's owner or one of its publishers may; once every platform has it, it is published.
   */
  public ContentItem publish(
      long id, Long platformId, String link, Long version, long userId, String by) {
    ContentItem item = current(id, version);
    if (item.getStatus() != ContentStatus.SCHEDULED) {
      throw ContentRefusedException.conflict("content.refused.notScheduled");
    }
    if (platformId == null) {
      throw ContentRefusedException.invalid("platformId", "content.platform.required");
    }
    String url = link(link);
    List<ContentTarget> targets = targets(id);
    ContentTarget target =
        targets.stream()
            .filter(t -> t.getPlatformId().equals(platformId))
            .findFirst()
            .orElseThrow(
                () -> ContentRefusedException.invalid("platformId", "content.platform.notTarget"));
    if (target.isPublished()) {
      throw ContentRefusedException.conflict("content.refused.alreadyPublished");
    }
    if (!publishers.mayPublish(platformId, userId)) {
      throw ContentRefusedException.forbidden("content.refused.notPublisher");
    }
    target.publish(Instant.now(), url, userId);
    audit.record(
        by, "online.content.published", target(item), null, "platform " + platformId + " " + url);
    boolean all = targets.stream().allMatch(ContentTarget::isPublished);
    item.setUpdatedAt(Instant.now());
    if (all) {
      item.setStatus(ContentStatus.PUBLISHED);
    }
    // updated_at changes, so the version moves with each publication: older reads are told (409).
    em.flush();
    return item;
  }

  /** Retires the piece; a piece in review is decided first. */
  public ContentItem archive(long id, Long version, String by) {
    ContentItem item = current(id, version);
    if (item.getStatus() == ContentStatus.IN_REVIEW || item.getStatus() == ContentStatus.ARCHIVED) {
      throw ContentRefusedException.conflict("content.refused.notArchivable");
    }
    return move(item, ContentStatus.ARCHIVED, "online.content.archived", by);
  }

  // --- helpers ---

  static String documentRef(ContentItem item) {
    return "CONTENT-" + item.getId();
  }

  private String channel(List<ContentTarget> targets) {
    Map<Long, String> names = platformNames();
    String joined =
        targets.stream()
            .map(t -> names.getOrDefault(t.getPlatformId(), String.valueOf(t.getPlatformId())))
            .collect(Collectors.joining(", "));
    return joined.length() > 200 ? joined.substring(0, 199) + "…" : joined;
  }

  private ContentItem move(ContentItem item, ContentStatus next, String action, String by) {
    ContentStatus before = item.getStatus();
    item.setStatus(next);
    item.setUpdatedAt(Instant.now());
    em.flush();
    audit.record(by, action, target(item), before.name(), next.name());
    return item;
  }

  private ContentItem current(long id, Long version) {
    ContentItem item = find(id);
    if (version == null) {
      throw ContentRefusedException.invalid("version", "content.version.required");
    }
    if (version != item.getVersion()) {
      throw ContentRefusedException.conflict("content.refused.stale");
    }
    return item;
  }

  private record Checked(
      String title, String body, Long ownerId, List<Long> platforms, String note) {}

  private Checked check(ContentDraft draft, boolean mayClassify, long defaultOwner) {
    if (draft == null) {
      throw ContentRefusedException.invalid("title", "content.title.required");
    }
    List<ContentRefusedException.Violation> violations = new ArrayList<>();
    for (ConstraintViolation<ContentDraft> v : validator.validate(draft)) {
      violations.add(
          new ContentRefusedException.Violation(v.getPropertyPath().toString(), v.getMessage()));
    }
    violations.sort(Comparator.comparing(ContentRefusedException.Violation::field));
    if (!violations.isEmpty()) {
      throw ContentRefusedException.invalid(violations);
    }
    Long owner = draft.ownerId() == null ? defaultOwner : draft.ownerId();
    if (!userNames().containsKey(owner)) {
      throw ContentRefusedException.invalid("ownerId", "content.owner.unknown");
    }
    if (draft.occasionId() != null && em.find(Occasion.class, draft.occasionId()) == null) {
      throw ContentRefusedException.invalid("occasionId", "content.occasion.unknown");
    }
    List<Long> platforms = draft.platforms();
    for (Long p : platforms) {
      Platform platform = em.find(Platform.class, p);
      if (platform == null || !platform.isActive()) {
        throw ContentRefusedException.invalid("platformIds", "content.platform.unknown", p);
      }
    }
    if (draft.confidential() && !mayClassify) {
      throw ContentRefusedException.invalid("confidential", "content.confidential.notAllowed");
    }
    String body = RichText.clean(draft.body());
    String note = draft.note() == null || draft.note().isBlank() ? null : draft.note().strip();
    return new Checked(draft.title().strip(), body == null ? "" : body, owner, platforms, note);
  }

  private static void apply(ContentItem item, ContentDraft draft, Checked c) {
    item.setBody(c.body());
    item.setKind(draft.kind());
    item.setOwnerId(c.ownerId());
    item.setPlannedAt(draft.plannedAt());
    item.setOccasionId(draft.occasionId());
    item.setCompanyProject(draft.companyProject());
    item.setClassification(
        draft.confidential() ? Classification.CONFIDENTIAL : Classification.INTERNAL);
  }

  private static String link(String link) {
    if (link == null || link.isBlank()) {
      throw ContentRefusedException.invalid("link", "content.link.required");
    }
    String url = link.strip();
    if (url.length() > MAX_LINK) {
      throw ContentRefusedException.invalid("link", "content.link.invalid");
    }
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
        throw ContentRefusedException.invalid("link", "content.link.invalid");
      }
    } catch (URISyntaxException e) {
      throw ContentRefusedException.invalid("link", "content.link.invalid");
    }
    return url;
  }

  static String target(ContentItem item) {
    return "online-content:" + item.getId();
  }

  private static String summary(ContentItem item) {
    return item.getTitle()
        + " "
        + item.getStatus()
        + " r"
        + item.getRevision()
        + " project="
        + item.isCompanyProject()
        + " "
        + item.getClassification();
  }
}
