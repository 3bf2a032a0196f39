package com.opsuite.online.content;

import com.opsuite.core.api.Caller;
import com.opsuite.core.security.CallerIdentity;
import com.opsuite.core.security.CallerPermissions;
import com.opsuite.core.tenancy.TenantContext;
import com.opsuite.online.platform.Platform;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** The content list: filter by status, kind, platform, owner and words of the title; export. */
@Named("onlineContentView")
@ViewScoped
public class ContentListView implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  @Inject transient ContentService content;
  @Inject transient TenantContext tenant;
  @Inject transient CallerPermissions permissions;

  private ContentStatus status;
  private ContentKind kind;
  private Long platformId;
  private Long ownerId;
  private String q;
  private ContentRows rows;
  private List<Platform> platformChoices;
  private Map<Long, String> platformNames;
  private Map<Long, String> userNames;

  @PostConstruct
  void init() {
    platformChoices = content.platforms();
    platformNames = content.platformNames();
    userNames = content.userNames();
    search();
  }

  public void search() {
    rows = new ContentRows(content, query());
  }

  /** A time in the tenant's zone, as the list shows it. */
  public String shown(Instant at) {
    ZoneId zone = tenant.current().map(t -> t.timeZone()).orElse(ZoneId.of("Asia/Shanghai"));
    return at == null ? "" : SHOWN.format(LocalDateTime.ofInstant(at, zone));
  }

  /** Before a download: records confidential rows leaving, as core asks of every export. */
  public void exporting(Object document) {
    content.export(query(), by());
  }

  private ContentQuery query() {
    return new ContentQuery(status, kind, platformId, ownerId, q);
  }

  private String by() {
    return permissions.caller().map(CallerIdentity::getName).orElse(Caller.ANONYMOUS);
  }

  public String owner(Long id) {
    return userNames.getOrDefault(id, "");
  }

  /** The item's platforms by name, for the list and its export. */
  public String platforms(long contentId) {
    return String.join(
        ", ",
        rows.platformIdsOf(contentId).stream()
            .map(id -> platformNames.getOrDefault(id, ""))
            .toList());
  }

  public ContentRows getRows() {
    return rows;
  }

  public List<Platform> getPlatformChoices() {
    return platformChoices;
  }

  public Map<Long, String> getUserNames() {
    return userNames;
  }

  public ContentStatus[] getStatuses() {
    return ContentStatus.values();
  }

  public ContentKind[] getKinds() {
    return ContentKind.values();
  }

  public ContentStatus getStatus() {
    return status;
  }

  public void setStatus(ContentStatus status) {
    this.status = status;
  }

  public ContentKind getKind() {
    return kind;
  }

  public void setKind(ContentKind kind) {
    this.kind = kind;
  }

  public Long getPlatformId() {
    return platformId;
  }

  public void setPlatformId(Long platformId) {
    this.platformId = platformId;
  }

  public Long getOwnerId() {
    return ownerId;
  }

  public void setOwnerId(Long ownerId) {
    this.ownerId = ownerId;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }
}
