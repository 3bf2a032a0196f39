package com.opsuite.online.content;

import com.opsuite.core.api.Caller;
import com.opsuite.core.approval.ApprovalStatus;
import com.opsuite.core.security.RequiresPermission;
import com.opsuite.core.text.SpreadsheetCells;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Content items through their life: write and revise, proofread, send for review, publish per
 * platform with the link, archive. Writes need the version read (in the body or as If-Match); a
 * stale one is 409.
 */
@Path("v1/online-ops/content")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ContentResource {

  @Inject ContentService content;
  @Inject ContentAccess access;
  @Context SecurityContext security;

  @GET
  @Transactional
  @Operation(summary = "A page of content items, newest change first, filtered")
  public ContentPage list(
      @QueryParam("status") String status,
      @QueryParam("kind") String kind,
      @QueryParam("platformId") Long platformId,
      @QueryParam("ownerId") Long ownerId,
      @QueryParam("q") String q,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("50") int size) {
    access.requireRead();
    ContentQuery query =
        new ContentQuery(
            parse(ContentStatus.class, "status", status),
            parse(ContentKind.class, "kind", kind),
            platformId,
            ownerId,
            q);
    int pageSize = Math.min(Math.max(size, 1), 500);
    int pageNo = Math.max(page, 0);
    Map<Long, String> users = content.userNames();
    return new ContentPage(
        content.count(query),
        pageNo,
        pageSize,
        content.search(query, pageNo * pageSize, pageSize).stream()
            .map(c -> ContentSummary.of(c, users))
            .toList());
  }

  @GET
  @Path("export.csv")
  @Produces("text/csv")
  @Transactional
  @Operation(summary = "The filtered list as CSV (UTF-8 with a byte-order mark, for Excel)")
  public Response export(
      @QueryParam("status") String status,
      @QueryParam("kind") String kind,
      @QueryParam("platformId") Long platformId,
      @QueryParam("ownerId") Long ownerId,
      @QueryParam("q") String q) {
    access.requireRead();
    ContentQuery query =
        new ContentQuery(
            parse(ContentStatus.class, "status", status),
            parse(ContentKind.class, "kind", kind),
            platformId,
            ownerId,
            q);
    Map<Long, String> users = content.userNames();
    StringBuilder out = new StringBuilder("\uFEFF");
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
      csv.printRecord("id", "title", "kind", "status", "owner", "plannedAt", "revision");
      for (ContentItem c : content.export(query, Caller.name(security))) {
        csv.printRecord(
            c.getId(),
            SpreadsheetCells.plain(c.getTitle()),
            c.getKind(),
            c.getStatus(),
            SpreadsheetCells.plain(users.get(c.getOwnerId())),
            c.getPlannedAt(),
            c.getRevision());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Response.ok(out.toString(), "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"content.csv\"")
        .build();
  }

  @GET
  @Path("{id}")
  @Transactional
  @Operation(summary = "A content item with its platforms and its review; the ETag is its version")
  public Response get(@PathParam("id") long id) {
    access.requireRead();
    ContentDetail detail = detail(content.find(id));
    return Response.ok(detail).tag(tag(detail)).build();
  }

  @POST
  @Transactional
  @RequiresPermission(ContentAccess.EDIT)
  @Operation(summary = "Write a content item (a draft, revision 1)")
  public Response create(ItemBody body) {
    ContentItem created =
        content.create(
            draft(body), access.mayReadConfidential(), access.userId(), Caller.name(security));
    ContentDetail detail = detail(created);
    return Response.created(URI.create("content/" + created.getId()))
        .entity(detail)
        .tag(tag(detail))
        .build();
  }

  @PUT
  @Path("{id}")
  @Transactional
  @RequiresPermission(ContentAccess.EDIT)
  @Operation(
      summary =
          "Save a new revision; a proofread or scheduled item goes back to draft."
              + " The version read is required (body or If-Match)")
  public Response update(
      @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, ItemBody body) {
    ContentItem saved =
        content.update(
            id,
            draft(body),
            version(ifMatch, body == null ? null : body.version()),
            access.mayReadConfidential(),
            access.userId(),
            Caller.name(security));
    ContentDetail detail = detail(saved);
    return Response.ok(detail).tag(tag(detail)).build();
  }

  @POST
  @Path("{id}/proofread")
  @Transactional
  @RequiresPermission(ContentAccess.EDIT)
  @Operation(summary = "The owner confirms the draft is proofread")
  public ContentDetail proofread(
      @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, Versioned body) {
    return detail(
        content.proofread(id, version(ifMatch, body), access.userId(), Caller.name(security)));
  }

  @POST
  @Path("{id}/submission")
  @Transactional
  @RequiresPermission(ContentAccess.EDIT)
  @Operation(
      summary =
          "Send the proofread item for review (approval online.content; the general manager"
              + " confirms items concerning a company project)")
  public ContentDetail submit(
      @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, Versioned body) {
    return detail(
        content.submit(id, version(ifMatch, body), access.userId(), Caller.name(security)));
  }

  @POST
  @Path("{id}/publications")
  @Transactional
  @RequiresPermission(ContentAccess.PUBLISH)
  @Operation(
      summary =
          "Record the scheduled item published on one of its platforms, with its link; only"
              + " the platform's owner or publishers may")
  public ContentDetail publish(
      @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, PublicationBody body) {
    PublicationBody b = body == null ? new PublicationBody(null, null, null) : body;
    return detail(
        content.publish(
            id,
            b.platformId(),
            b.link(),
            version(ifMatch, b.version()),
            access.userId(),
            Caller.name(security)));
  }

  @POST
  @Path("{id}/archive")
  @Transactional
  @RequiresPermission(ContentAccess.EDIT)
  @Operation(summary = "Archive the item (not while it is in review)")
  public ContentDetail archive(
      @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, Versioned body) {
    return detail(content.archive(id, version(ifMatch, body), Caller.name(security)));
  }

  @GET
  @Path("{id}/revisions")
  @Transactional
  @Operation(summary = "The item's saved revisions, newest first, without their bodies")
  public List<RevisionInfo> revisions(@PathParam("id") long id) {
    access.requireRead();
    Map<Long, String> users = content.userNames();
    return content.revisions(id).stream().map(r -> RevisionInfo.of(r, users, false)).toList();
  }

  @GET
  @Path("{id}/revisions/{revision}")
  @Transactional
  @Operation(summary = "One saved revision with its title and body")
  public RevisionInfo revision(@PathParam("id") long id, @PathParam("revision") int revision) {
    access.requireRead();
    return RevisionInfo.of(content.revision(id, revision), content.userNames(), true);
  }

  private ContentDetail detail(ContentItem item) {
    Map<Long, String> users = content.userNames();
    Map<Long, String> platforms = content.platformNames();
    ContentService.Review review = content.review(item);
    return new ContentDetail(
        ContentInfo.of(item, users, review),
        content.targets(item.getId()).stream()
            .map(t -> TargetInfo.of(t, platforms, users))
            .toList(),
        review == null ? null : ReviewInfo.of(review));
  }

  private static EntityTag tag(ContentDetail detail) {
    return new EntityTag(String.valueOf(detail.item().version()));
  }

  private static Long version(String ifMatch, Versioned body) {
    return version(ifMatch, body == null ? null : body.version());
  }

  /** If-Match wins over the body's version: {@code "3"}, {@code W/"3"} or {@code 3}. */
  static Long version(String ifMatch, Long bodyVersion) {
    if (ifMatch == null || ifMatch.isBlank()) {
      return bodyVersion;
    }
    String v = ifMatch.strip();
    if (v.startsWith("W/")) {
      v = v.substring(2);
    }
    v = v.replace("\"", "").strip();
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw ContentRefusedException.invalid("version", "content.version.required");
    }
  }

  private static ContentDraft draft(ItemBody b) {
    if (b == null) {
      throw ContentRefusedException.invalid("title", "content.title.required");
    }
    return new ContentDraft(
        b.title(),
        b.body(),
        parse(ContentKind.class, "kind", b.kind()),
        b.platformIds(),
        b.plannedAt(),
        b.ownerId(),
        b.occasionId(),
        Boolean.TRUE.equals(b.companyProject()),
        Boolean.TRUE.equals(b.confidential()),
        b.note());
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ContentRefusedException.invalid(field, "content." + field + ".unknown", value);
    }
  }

  // --- bodies and answers ---

  public record ItemBody(
      String title,
      String body,
      String kind,
      List<Long> platformIds,
      Instant plannedAt,
      Long ownerId,
      Long occasionId,
      Boolean companyProject,
      Boolean confidential,
      String note,
      Long version) {}

  public record Versioned(Long version) {}

  public record PublicationBody(Long platformId, String link, Long version) {}

  public record ContentPage(long total, int page, int size, List<ContentSummary> items) {}

  public record ContentSummary(
      long id,
      String title,
      ContentKind kind,
      ContentStatus status,
      long ownerId,
      String owner,
      Instant plannedAt,
      boolean companyProject,
      boolean confidential,
      int revision,
      Instant updatedAt,
      long version) {
    static ContentSummary of(ContentItem c, Map<Long, String> users) {
      return new ContentSummary(
          c.getId(),
          c.getTitle(),
          c.getKind(),
          c.getStatus(),
          c.getOwnerId(),
          users.get(c.getOwnerId()),
          c.getPlannedAt(),
          c.isCompanyProject(),
          c.isConfidential(),
          c.getRevision(),
          c.getUpdatedAt(),
          c.getVersion());
    }
  }

  public record ContentInfo(
      long id,
      String title,
      String body,
      ContentKind kind,
      ContentStatus status,
      long ownerId,
      String owner,
      Instant plannedAt,
      Long occasionId,
      boolean companyProject,
      boolean confidential,
      Long approvalId,
      String reviewComment,
      int revision,
      Instant createdAt,
      Instant updatedAt,
      long version) {
    static ContentInfo of(ContentItem c, Map<Long, String> users, ContentService.Review review) {
      return new ContentInfo(
          c.getId(),
          c.getTitle(),
          c.getBody(),
          c.getKind(),
          c.getStatus(),
          c.getOwnerId(),
          users.get(c.getOwnerId()),
          c.getPlannedAt(),
          c.getOccasionId(),
          c.isCompanyProject(),
          c.isConfidential(),
          c.getApprovalId(),
          review == null || c.getStatus() != ContentStatus.DRAFT ? null : review.comment(),
          c.getRevision(),
          c.getCreatedAt(),
          c.getUpdatedAt(),
          c.getVersion());
    }
  }

  public record TargetInfo(
      long platformId, String platform, Instant publishedAt, String link, String publishedBy) {
    static TargetInfo of(ContentTarget t, Map<Long, String> platforms, Map<Long, String> users) {
      return new TargetInfo(
          t.getPlatformId(),
          platforms.get(t.getPlatformId()),
          t.getPublishedAt(),
          t.getLink(),
          t.getPublishedBy() == null ? null : users.get(t.getPublishedBy()));
    }
  }

  public record ReviewInfo(
      long approvalId, ApprovalStatus status, Integer currentStep, List<ReviewLineInfo> history) {
    static ReviewInfo of(ContentService.Review r) {
      return new ReviewInfo(
          r.approvalId(),
          r.status(),
          r.currentStep(),
          r.lines().stream()
              .map(
                  l ->
                      new ReviewLineInfo(
                          l.action().name(), l.actor(), l.stepNo(), l.comment(), l.at()))
              .toList());
    }
  }

  public record ReviewLineInfo(
      String action, String actor, Integer stepNo, String comment, Instant at) {}

  public record RevisionInfo(
      int revision,
      String title,
      String body,
      long authorId,
      String author,
      String note,
      Instant at) {
    static RevisionInfo of(ContentRevision r, Map<Long, String> users, boolean withBody) {
      return new RevisionInfo(
          r.getRevision(),
          r.getTitle(),
          withBody ? r.getBody() : null,
          r.getAuthorId(),
          users.get(r.getAuthorId()),
          r.getNote(),
          r.getCreatedAt());
    }
  }

  public record ContentDetail(ContentInfo item, List<TargetInfo> targets, ReviewInfo review) {}
}
