package com.opsuite.web.users;

import com.opsuite.core.module.ModuleRegistry;
import com.opsuite.core.security.CorePermissions;
import com.opsuite.core.security.DataScope;
import com.opsuite.core.security.PermissionCatalog;
import com.opsuite.core.security.RequiresPermission;
import com.opsuite.core.security.Role;
import com.opsuite.core.security.TenantRoles;
import com.opsuite.core.spi.Permission;
import com.opsuite.core.tenancy.TenantModules;
import com.opsuite.core.validation.InvalidInputException;
import com.opsuite.web.faces.CurrentUser;
import com.opsuite.web.faces.Messages;
import com.opsuite.web.i18n.LocaleSelection;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The tenant's roles for those who manage them: built-in and custom roles, a role's permissions
 * (grouped by module) and data scope, new custom roles and their deletion. Changes go through
 * {@link TenantRoles}, as the REST API's do, and are audited there. A save based on a stale read is
 * refused with what the role now is; the choices on the page stay, and saving again applies them.
 */
@Named
@ViewScoped
@RequiresPermission(CorePermissions.ROLES_MANAGE)
public class RolesView implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * The version a new role is saved with: none has it, so a code taken meanwhile is refused as a
   * conflict instead of the new role's permissions overwriting that role's.
   */
  private static final long NEW_ROLE = -1L;

  @Inject TenantRoles roles;
  @Inject RoleNames roleNames;
  @Inject PermissionCatalog catalog;
  @Inject ModuleRegistry registry;
  @Inject TenantModules modules;
  @Inject Messages messages;
  @Inject CurrentUser user;
  @Inject LocaleSelection localeSelection;

  private List<RoleRow> rows;
  private Editor editor;

  @PostConstruct
  void load() {
    Locale locale = localeSelection.getLocale();
    rows =
        roles.roles().stream()
            .map(
                r ->
                    new RoleRow(
                        r.getCode(),
                        roleNames.label(r, locale),
                        r.isBuiltIn(),
                        r.getDataScope().name(),
                        r.getPermissions().size()))
            .toList();
  }

  public void startNew() {
    editor = new Editor(null, null, false, NEW_ROLE, DataScope.ALL, groups(Set.of()));
  }

  public void edit(String code) {
    Optional<Role> role = find(code);
    if (role.isEmpty()) {
      messages.pageError(null, "roles.gone");
      load();
      return;
    }
    Role r = role.get();
    editor =
        new Editor(
            r.getCode(),
            roleNames.label(r, localeSelection.getLocale()),
            r.isBuiltIn(),
            r.getVersion(),
            r.getDataScope(),
            groups(r.getPermissions()));
  }

  public void cancel() {
    editor = null;
  }

  public void save() {
    Editor e = editor;
    if (e == null) {
      return;
    }
    String code = e.isCreating() ? TenantRoles.CUSTOM + "." + e.getName() : e.code;
    try {
      roles.save(code, e.chosen(), e.dataScope, e.version, user.name());
    } catch (RuntimeException failure) {
      InvalidInputException invalid = cause(failure, InvalidInputException.class);
      if (invalid != null) {
        messages.invalid(invalid, "role:");
        return;
      }
      if (!isConflict(failure)) {
        throw failure;
      }
      if (e.isCreating()) {
        messages.pageError("role:code", "roles.exists", e.getName());
      } else {
        changedMeanwhile(e);
      }
      return;
    }
    messages.pageInfo("roles.saved", e.isCreating() ? e.getName() : e.label);
    editor = null;
    load();
  }

  /** Tells what the role now is and takes its version: the next save knowingly replaces it. */
  private void changedMeanwhile(Editor e) {
    Optional<Role> current = find(e.code);
    load();
    if (current.isEmpty()) {
      messages.pageError(null, "roles.gone");
      return;
    }
    Role now = current.get();
    e.version = now.getVersion();
    String permissions =
        now.getPermissions().isEmpty()
            ? messages.pageText("roles.noPermissions")
            : now.getPermissions().stream().map(e::labelOf).collect(Collectors.joining(", "));
    messages.pageError(
        null,
        "roles.changedMeanwhile",
        messages.pageText("roles.dataScope." + now.getDataScope().name()),
        permissions);
  }

  public void delete(String code) {
    String label =
        rows.stream()
            .filter(r -> r.code().equals(code))
            .map(RoleRow::label)
            .findFirst()
            .orElse(code);
    try {
      if (roles.delete(code, user.name())) {
        messages.pageInfo("roles.deleted", label);
      } else {
        messages.pageError(null, "roles.gone");
      }
    } catch (InvalidInputException e) {
      messages.invalid(e, "roles:");
    }
    editor = null;
    load();
  }

  /** Every declared permission by scope, core first: a role keeps what no page would show. */
  private List<PermissionGroup> groups(Set<String> held) {
    Locale locale = localeSelection.getLocale();
    Set<String> enabled = modules.enabledIds();
    List<PermissionGroup> groups = new ArrayList<>();
    for (Map.Entry<String, List<Permission>> scope : catalog.byScope().entrySet()) {
      String id = scope.getKey();
      boolean core = PermissionCatalog.CORE.equals(id);
      List<PermissionChoice> choices =
          scope.getValue().stream()
              .map(
                  p ->
                      new PermissionChoice(
                          p.code(), catalog.label(id, p, locale), held.contains(p.code())))
              .toList();
      String name =
          core
              ? messages.pageText("roles.scope.core")
              : registry.find(id).map(m -> m.name(locale)).orElse(id);
      groups.add(new PermissionGroup(id, name, core || enabled.contains(id), choices));
    }
    return groups;
  }

  private Optional<Role> find(String code) {
    return roles.roles().stream().filter(r -> r.getCode().equals(code)).findFirst();
  }

  /**
   * A stale version: refused by the service, or by the database at commit when two saves race;
   * EclipseLink's own exception of that name stands for the latter.
   */
  private static boolean isConflict(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getClass().getSimpleName().equals("OptimisticLockException")) {
        return true;
      }
    }
    return false;
  }

  private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  public List<RoleRow> getRows() {
    return rows;
  }

  public Editor getEditor() {
    return editor;
  }

  public DataScope[] getDataScopes() {
    return DataScope.values();
  }

  /** One role in the list. */
  public record RoleRow(
      String code, String label, boolean builtIn, String dataScope, int permissionCount)
      implements Serializable {}

  /** The role being edited or created, as the page shows it. */
  public static class Editor implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String code;
    private final String label;
    private final boolean builtIn;
    private final List<PermissionGroup> groups;
    private long version;
    private String name;
    private DataScope dataScope;

    Editor(
        String code,
        String label,
        boolean builtIn,
        long version,
        DataScope dataScope,
        List<PermissionGroup> groups) {
      this.code = code;
      this.label = label;
      this.builtIn = builtIn;
      this.version = version;
      this.dataScope = dataScope;
      this.groups = groups;
    }

    public boolean isCreating() {
      return code == null;
    }

    Set<String> chosen() {
      Set<String> codes = new TreeSet<>();
      groups.forEach(
          g ->
              g.permissions().stream()
                  .filter(PermissionChoice::isChosen)
                  .forEach(p -> codes.add(p.getCode())));
      return codes;
    }

    String labelOf(String permission) {
      return groups.stream()
          .flatMap(g -> g.permissions().stream())
          .filter(p -> p.getCode().equals(permission))
          .map(PermissionChoice::getLabel)
          .findFirst()
          .orElse(permission);
    }

    public String getCode() {
      return code;
    }

    public String getLabel() {
      return label;
    }

    public boolean isBuiltIn() {
      return builtIn;
    }

    public List<PermissionGroup> getGroups() {
      return groups;
    }

    /** The new role's name, the part after {@code custom.}. */
    public String getName() {
      return name == null ? "" : name;
    }

    public void setName(String name) {
      this.name = name == null ? null : name.strip();
    }

    public DataScope getDataScope() {
      return dataScope;
    }

    public void setDataScope(DataScope dataScope) {
      this.dataScope = dataScope == null ? DataScope.ALL : dataScope;
    }
  }

  /** The permissions one module (or core) declares; {@code enabled} whether the tenant uses it. */
  public record PermissionGroup(
      String scope, String name, boolean enabled, List<PermissionChoice> permissions)
      implements Serializable {}

  /** A permission to tick. */
  public static class PermissionChoice implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String code;
    private final String label;
    private boolean chosen;

    PermissionChoice(String code, String label, boolean chosen) {
      this.code = code;
      this.label = label;
      this.chosen = chosen;
    }

    public String getCode() {
      return code;
    }

    public String getLabel() {
      return label;
    }

    public boolean isChosen() {
      return chosen;
    }

    public void setChosen(boolean chosen) {
      this.chosen = chosen;
    }
  }
}
