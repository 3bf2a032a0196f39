package com.opsuite.online.platform.web;

import com.opsuite.core.security.CallerPermissions;
import com.opsuite.core.tenancy.TenantContext;
import com.opsuite.core.tenancy.TenantRef;
import com.opsuite.online.credential.CredentialForm;
import com.opsuite.online.credential.Credentials;
import com.opsuite.online.platform.Platform;
import com.opsuite.online.platform.PlatformForm;
import com.opsuite.online.platform.PlatformKind;
import com.opsuite.online.platform.PlatformPageMessages;
import com.opsuite.online.platform.PlatformQuery;
import com.opsuite.online.platform.PlatformReaders;
import com.opsuite.online.platform.Platforms;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The platforms page: the list with its filters, the form that adds or changes a platform and its
 * publishers, and the selected platform's credential panel. The revealed credential lives only
 * until the user hides it or picks another platform.
 */
@Named("onlinePlatformsView")
@ViewScoped
public class PlatformsView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int MAX_ROWS = 1000;
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  @Inject transient Platforms platforms;
  @Inject transient Credentials credentials;
  @Inject transient PlatformPageMessages page;
  @Inject transient CallerPermissions permissions;
  @Inject transient TenantContext tenant;

  private List<Row> rows = List.of();
  private List<Platforms.Person> people = List.of();

  private String q;
  private String kindFilter;
  private Boolean activeFilter;

  private Long selectedId;
  private Long version;
  private String kind;
  private String name;
  private Long ownerId;
  private String url;
  private boolean selectedActive;
  private List<Long> publisherIds = new ArrayList<>();

  private Credentials.Status credential;
  private String account;
  private String password;
  private String note;
  private Credentials.Revealed revealed;

  /** A platform as the table shows it. */
  public record Row(
      long id,
      String kind,
      String name,
      String ownerName,
      String url,
      boolean active,
      String publishers,
      boolean credentialSet)
      implements Serializable {}

  @PostConstruct
  void init() {
    people = platforms.people();
    refresh();
  }

  public void search() {
    refresh();
  }

  public void startNew() {
    clearForm();
  }

  public void select(long id) {
    Platform p = platforms.get(id);
    selectedId = p.getId();
    version = p.getVersion();
    kind = p.getKind().name();
    name = p.getName();
    ownerId = p.getOwnerId();
    url = p.getUrl();
    selectedActive = p.isActive();
    publisherIds = new ArrayList<>(platforms.publishers(id));
    credential = credentials.status(id);
    clearCredentialInput();
  }

  public void save() {
    requireManage();
    try {
      PlatformForm form = new PlatformForm(kind, name, ownerId, url, version);
      Platform saved =
          selectedId == null
              ? platforms.create(form, page.by())
              : platforms.update(selectedId, form, page.by());
      platforms.setPublishers(saved.getId(), publisherIds, page.by());
      boolean created = selectedId == null;
      select(saved.getId());
      refresh();
      page.info(created ? "platform.page.added" : "platform.page.saved");
    } catch (RuntimeException e) {
      page.show(e, "edit:");
    }
  }

  public void toggleActive() {
    requireManage();
    try {
      platforms.setActive(selectedId, !selectedActive, version, page.by());
      select(selectedId);
      refresh();
      page.info(selectedActive ? "platform.page.activated" : "platform.page.deactivated");
    } catch (RuntimeException e) {
      page.show(e, "edit:");
    }
  }

  public void saveCredential() {
    requireManage();
    try {
      credential =
          credentials.set(
              selectedId,
              new CredentialForm(
                  account, password, note, credential == null ? null : credential.version()),
              page.by());
      clearCredentialInput();
      refresh();
      page.info("credential.page.saved");
    } catch (RuntimeException e) {
      page.show(e, "credential:");
    }
  }

  public void reveal() {
    permissions.require(PlatformReaders.REVEAL);
    try {
      revealed = credentials.reveal(selectedId, page.by());
    } catch (RuntimeException e) {
      page.show(e, "credential:");
    }
  }

  public void hide() {
    revealed = null;
  }

  private void requireManage() {
    permissions.require(PlatformReaders.MANAGE);
  }

  private void clearForm() {
    selectedId = null;
    version = null;
    kind = null;
    name = null;
    ownerId = null;
    url = null;
    selectedActive = true;
    publisherIds = new ArrayList<>();
    credential = null;
    clearCredentialInput();
  }

  private void clearCredentialInput() {
    account = null;
    password = null;
    note = null;
    revealed = null;
  }

  private void refresh() {
    PlatformQuery query =
        new PlatformQuery(
            q,
            kindFilter == null || kindFilter.isBlank() ? null : PlatformKind.valueOf(kindFilter),
            activeFilter);
    Map<Long, String> names = platforms.names();
    Map<Long, List<Long>> publishers = platforms.allPublishers();
    Set<Long> withCredential = new HashSet<>(credentials.platformsWithCredential());
    rows =
        platforms.search(query, 0, MAX_ROWS).stream()
            .map(
                p ->
                    new Row(
                        p.getId(),
                        p.getKind().name(),
                        p.getName(),
                        p.getOwnerId() == null ? "" : names.getOrDefault(p.getOwnerId(), ""),
                        p.getUrl(),
                        p.isActive(),
                        publishers.getOrDefault(p.getId(), List.of()).stream()
                            .map(u -> names.getOrDefault(u, ""))
                            .collect(Collectors.joining(", ")),
                        withCredential.contains(p.getId())))
            .toList();
  }

  public List<Row> getRows() {
    return rows;
  }

  public List<Platforms.Person> getPeople() {
    return people;
  }

  public PlatformKind[] getKinds() {
    return PlatformKind.values();
  }

  public boolean isEditing() {
    return selectedId != null;
  }

  public Long getSelectedId() {
    return selectedId;
  }

  public String getSelectedName() {
    return rows.stream()
        .filter(r -> selectedId != null && r.id() == selectedId)
        .map(Row::name)
        .findFirst()
        .orElse(name);
  }

  public boolean isSelectedActive() {
    return selectedActive;
  }

  public Credentials.Status getCredential() {
    return credential;
  }

  /** When the credential was stored, in the tenant's time zone. */
  public String getCredentialUpdatedAt() {
    Instant at = credential == null ? null : credential.updatedAt();
    return at == null
        ? ""
        : STAMP.format(at.atZone(tenant.current().map(TenantRef::timeZone).orElse(ZoneOffset.UTC)));
  }

  public Credentials.Revealed getRevealed() {
    return revealed;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public String getKindFilter() {
    return kindFilter;
  }

  public void setKindFilter(String kindFilter) {
    this.kindFilter = kindFilter;
  }

  public Boolean getActiveFilter() {
    return activeFilter;
  }

  public void setActiveFilter(Boolean activeFilter) {
    this.activeFilter = activeFilter;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Long getOwnerId() {
    return ownerId;
  }

  public void setOwnerId(Long ownerId) {
    this.ownerId = ownerId;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public List<Long> getPublisherIds() {
    return publisherIds;
  }

  public void setPublisherIds(List<Long> publisherIds) {
    this.publisherIds = publisherIds == null ? new ArrayList<>() : publisherIds;
  }

  public String getAccount() {
    return account;
  }

  public void setAccount(String account) {
    this.account = account;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
