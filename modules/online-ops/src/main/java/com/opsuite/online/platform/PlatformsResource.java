package com.opsuite.online.platform;

import com.opsuite.core.api.Caller;
import com.opsuite.core.security.RequiresPermission;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The tenant's platforms and who may publish on them. Any user of the module reads them; changing
 * them needs {@code online.platform.manage}. A change carries the version it was based on, in the
 * body or as {@code If-Match}; a stale one is 409.
 */
@Path("v1/online-ops/platforms")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class PlatformsResource {

  @Inject Platforms platforms;
  @Inject PlatformAccess access;
  @Inject PlatformReaders readers;
  @Context SecurityContext security;

  @GET
  @Transactional
  @Operation(summary = "A page of platforms: q finds words of the name; kind and active narrow")
  public PlatformPage list(
      @QueryParam("q") String q,
      @QueryParam("kind") String kind,
      @QueryParam("active") Boolean active,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("50") int size) {
    readers.requireRead();
    PlatformQuery query = new PlatformQuery(q, kind(kind), active);
    int pageSize = Math.min(Math.max(size, 1), 500);
    int pageNo = Math.max(page, 0);
    Map<Long, String> names = platforms.names();
    Map<Long, List<Long>> publishers = platforms.allPublishers();
    return new PlatformPage(
        platforms.count(query),
        pageNo,
        pageSize,
        platforms.search(query, pageNo * pageSize, pageSize).stream()
            .map(p -> PlatformInfo.of(p, names, publishers.getOrDefault(p.getId(), List.of())))
            .toList());
  }

  @GET
  @Path("export")
  @Produces("text/csv")
  @Transactional
  @Operation(summary = "The platforms matching the filter as CSV (UTF-8 with a byte-order mark)")
  public Response export(
      @QueryParam("q") String q,
      @QueryParam("kind") String kind,
      @QueryParam("active") Boolean active) {
    readers.requireRead();
    PlatformQuery query = new PlatformQuery(q, kind(kind), active);
    Map<Long, String> names = platforms.names();
    Map<Long, List<Long>> publishers = platforms.allPublishers();
    String csv =
        PlatformCsv.of(
            platforms.search(query, 0, 10_000).stream()
                .map(p -> PlatformInfo.of(p, names, publishers.getOrDefault(p.getId(), List.of())))
                .toList());
    return Response.ok(csv, "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"platforms.csv\"")
        .build();
  }

  @GET
  @Path("{id}")
  @Transactional
  @Operation(summary = "One platform with its publishers; the ETag is its version")
  public Response get(@PathParam("id") long id) {
    readers.requireRead();
    PlatformInfo info = info(platforms.get(id));
    return Response.ok(info).tag(new EntityTag(Long.toString(info.version()))).build();
  }

  @POST
  @Transactional
  @RequiresPermission(PlatformReaders.MANAGE)
  @Operation(summary = "Add a platform")
  public Response create(PlatformForm body) {
    Platform created = platforms.create(PlatformForm.orEmpty(body), Caller.name(security));
    return Response.created(URI.create("platforms/" + created.getId()))
        .entity(info(created))
        .build();
  }

  @PUT
  @Path("{id}")
  @Transactional
  @RequiresPermission(PlatformReaders.MANAGE)
  @Operation(summary = "Change a platform; the version loaded (body or If-Match) is required")
  public PlatformInfo update(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      PlatformForm body) {
    PlatformForm form = PlatformForm.orEmpty(body);
    Long tagged = version(ifMatch);
    if (tagged != null) {
      form = form.withVersion(tagged);
    }
    return info(platforms.update(id, form, Caller.name(security)));
  }

  @POST
  @Path("{id}/deactivate")
  @Transactional
  @RequiresPermission(PlatformReaders.MANAGE)
  @Operation(summary = "Stop using a platform: it stays, with its history, but takes no publishing")
  public PlatformInfo deactivate(
      @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return info(platforms.setActive(id, false, version(ifMatch), Caller.name(security)));
  }

  @POST
  @Path("{id}/activate")
  @Transactional
  @RequiresPermission(PlatformReaders.MANAGE)
  @Operation(summary = "Use a deactivated platform again")
  public PlatformInfo activate(
      @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return info(platforms.setActive(id, true, version(ifMatch), Caller.name(security)));
  }

  @GET
  @Path("{id}/publishers")
  @Transactional
  @Operation(summary = "The people who may publish on the platform besides its owner")
  public List<Publisher> publishers(@PathParam("id") long id) {
    readers.requireRead();
    Map<Long, String> names = platforms.names();
    return platforms.publishers(id).stream()
        .map(u -> new Publisher(u, names.getOrDefault(u, "")))
        .toList();
  }

  @PUT
  @Path("{id}/publishers/{userId}")
  @Transactional
  @RequiresPermission(PlatformReaders.MANAGE)
  @Operation(summary = "Let a user publish on the platform (again is no change)")
  public List<Publisher> addPublisher(@PathParam("id") long id, @PathParam("userId") long userId) {
    platforms.addPublisher(id, userId, Caller.name(security));
    return publishers(id);
  }

  @DELETE
  @Path("{id}/publishers/{userId}")
  @Transactional
  @RequiresPermission(PlatformReaders.MANAGE)
  @Operation(summary = "Stop a user publishing on the platform")
  public List<Publisher> removePublisher(
      @PathParam("id") long id, @PathParam("userId") long userId) {
    platforms.removePublisher(id, userId, Caller.name(security));
    return publishers(id);
  }

  @GET
  @Path("{id}/may-publish")
  @Transactional
  @Operation(summary = "Whether a user (default: the caller) may publish on the platform")
  public MayPublish mayPublish(@PathParam("id") long id, @QueryParam("userId") Long userId) {
    readers.requireRead();
    Platform platform = platforms.get(id);
    long who =
        userId != null
            ? userId
            : readers
                .callerId()
                .orElseThrow(() -> PlatformInvalidInput.of("userId", "platform.user.unknown"));
    return new MayPublish(platform.getId(), who, access.mayPublish(platform.getId(), who));
  }

  private PlatformInfo info(Platform platform) {
    return PlatformInfo.of(platform, platforms.names(), platforms.publishers(platform.getId()));
  }

  private static PlatformKind kind(String kind) {
    if (kind == null || kind.isBlank()) {
      return null;
    }
    try {
      return PlatformKind.valueOf(kind.strip());
    } catch (IllegalArgumentException e) {
      throw PlatformInvalidInput.of("kind", "platform.kind.invalid");
    }
  }

  /** The version in an If-Match header ({@code "3"}, {@code W/"3"} or 3), or null without one. */
  static Long version(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      return null;
    }
    String tag = ifMatch.strip();
    if (tag.startsWith("W/")) {
      tag = tag.substring(2);
    }
    tag = tag.replace("\"", "");
    try {
      return Long.valueOf(tag);
    } catch (NumberFormatException e) {
      throw PlatformInvalidInput.of("version", "platform.version.invalid");
    }
  }

  /** A page of the list. */
  public record PlatformPage(long total, int page, int size, List<PlatformInfo> items) {}

  /** Whether the user may publish on the platform (its owner or a listed publisher). */
  public record MayPublish(long platformId, long userId, boolean mayPublish) {}

  /** A publisher with the name to show. */
  public record Publisher(long userId, String name) {}

  /** A platform as the API shows it; never anything of its credential. */
  public record PlatformInfo(
      long id,
      String kind,
      String name,
      Long ownerId,
      String ownerName,
      String url,
      boolean active,
      List<Long> publisherIds,
      List<String> publisherNames,
      Instant createdAt,
      long version) {

    static PlatformInfo of(Platform p, Map<Long, String> names, List<Long> publishers) {
      return new PlatformInfo(
          p.getId(),
          p.getKind().name(),
          p.getName(),
          p.getOwnerId(),
          p.getOwnerId() == null ? null : names.getOrDefault(p.getOwnerId(), ""),
          p.getUrl(),
          p.isActive(),
          List.copyOf(publishers),
          publishers.stream().map(u -> names.getOrDefault(u, "")).toList(),
          p.getCreatedAt(),
          p.getVersion());
    }
  }
}
