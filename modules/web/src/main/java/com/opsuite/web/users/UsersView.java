package com.opsuite.web.users;

import com.opsuite.core.identity.UserAccount;
import com.opsuite.core.identity.UserAccounts;
import com.opsuite.core.persistence.OptimisticLocks;
import com.opsuite.core.security.CallerPermissions;
import com.opsuite.core.security.CorePermissions;
import com.opsuite.core.security.RequiresPermission;
import com.opsuite.core.security.TenantRoles;
import com.opsuite.core.security.UserAdministration;
import com.opsuite.core.validation.InvalidInputException;
import com.opsuite.web.faces.CurrentUser;
import com.opsuite.web.faces.Messages;
import com.opsuite.web.i18n.LocaleSelection;
import com.opsuite.web.security.PasswordRulesText;
import com.opsuite.web.users.RoleNames.RoleName;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The tenant's users for those who manage them: the list with roles and state, adding a user with a
 * first password and roles, changing a user's roles, deactivating and reactivating. Every change
 * goes through {@link UserAdministration}, as the REST API's do, and is audited there.
 */
@Named
@ViewScoped
// On every call, not only the actions: the list itself shows e-mails and who holds which role.
@RequiresPermission(CorePermissions.USERS_MANAGE)
public class UsersView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject UserAccounts accounts;
  @Inject UserAdministration administration;
  @Inject TenantRoles roles;
  @Inject RoleNames roleNames;
  @Inject CallerPermissions permissions;
  @Inject Messages messages;
  @Inject CurrentUser user;
  @Inject PasswordRulesText rules;
  @Inject LocaleSelection localeSelection;

  private List<Row> rows;
  private List<RoleName> roleList;
  private NewUser newUser;
  private RolesEdit editing;

  @PostConstruct
  void load() {
    roleList = roleNames.all(localeSelection.getLocale());
    Map<String, String> labels =
        roleList.stream().collect(Collectors.toMap(RoleName::code, RoleName::label));
    long self = permissions.caller().map(c -> c.accountId()).orElse(-1L);
    Instant now = Instant.now();
    rows = new ArrayList<>();
    for (UserAccount account : accounts.all()) {
      List<String> held = roles.codesHeldBy(account.getId());
      rows.add(
          new Row(
              account.getId(),
              account.getDisplayName(),
              account.getEmail(),
              held,
              held.stream()
                  .map(code -> labels.getOrDefault(code, code))
                  .collect(Collectors.joining(", ")),
              account.isActive(),
              account.lockout().isLocked(now),
              account.getId() == self,
              account.getRolesVersion()));
    }
    if (newUser == null) {
      newUser = new NewUser(roleList);
    }
  }

  public void add() {
    try {
      administration.add(
          newUser.email, newUser.displayName, newUser.password, newUser.chosenRoles(), user.name());
    } catch (InvalidInputException e) {
      // Everything typed stays in the form (but the password) beside the messages.
      messages.invalid(e, "add:");
      return;
    } finally {
      // Not kept in the view, and so in the session, past the request that needed it.
      newUser.password = null;
    }
    messages.pageInfo("users.added", newUser.displayName.strip());
    newUser = null;
    load();
  }

  public void editRoles(long id) {
    rows.stream()
        .filter(r -> r.id() == id)
        .findFirst()
        .ifPresent(r -> editing = new RolesEdit(r, roleList));
  }

  public void cancelRoles() {
    editing = null;
  }

  public void saveRoles() {
    if (editing == null) {
      return;
    }
    try {
      if (administration
          .setRoles(editing.userId, editing.chosen(), editing.rolesVersion, user.name())
          .isEmpty()) {
        messages.pageError(null, "users.gone");
      } else {
        messages.pageInfo("users.rolesSaved", editing.name);
      }
    } catch (InvalidInputException e) {
      // A role deleted meanwhile: the choice stays for the user to correct.
      messages.invalid(e, "edit:");
      load();
      return;
    } catch (RuntimeException e) {
      if (!OptimisticLocks.causedBy(e)) {
        throw e;
      }
      // Someone assigned roles meanwhile: show theirs, to choose again from what is held now.
      messages.pageError(null, "users.rolesStale", editing.name);
      load();
      long id = editing.userId;
      editing = null;
      editRoles(id);
      return;
    }
    editing = null;
    load();
  }

  public void deactivate(long id) {
    setActive(id, false, "users.deactivated");
  }

  public void reactivate(long id) {
    setActive(id, true, "users.reactivated");
  }

  private void setActive(long id, boolean active, String doneKey) {
    administration
        .setActive(id, active, user.name())
        .ifPresentOrElse(
            a -> messages.pageInfo(doneKey, a.getDisplayName()),
            () -> messages.pageError(null, "users.gone"));
    load();
  }

  public String getRules() {
    return rules.text();
  }

  public List<Row> getRows() {
    return rows;
  }

  public NewUser getNewUser() {
    return newUser;
  }

  public RolesEdit getEditing() {
    return editing;
  }

  /** One user in the list. */
  public record Row(
      long id,
      String displayName,
      String email,
      List<String> roleCodes,
      String roleLabels,
      boolean active,
      boolean locked,
      boolean self,
      long rolesVersion)
      implements Serializable {}

  /** A role to tick, with whether it is ticked. */
  public static class RoleChoice implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String code;
    private final String label;
    private boolean chosen;

    RoleChoice(RoleName role, boolean chosen) {
      this.code = role.code();
      this.label = role.label();
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

    static Set<String> codes(List<RoleChoice> choices) {
      Set<String> codes = new LinkedHashSet<>();
      choices.stream().filter(RoleChoice::isChosen).forEach(c -> codes.add(c.code));
      return codes;
    }
  }

  /** The form of a new user. */
  public static class NewUser implements Serializable {
    private static final long serialVersionUID = 1L;
    private final List<RoleChoice> roleChoices;
    private String displayName;
    private String email;
    private transient String password;

    NewUser(List<RoleName> roles) {
      this.roleChoices = roles.stream().map(r -> new RoleChoice(r, false)).toList();
    }

    Set<String> chosenRoles() {
      return RoleChoice.codes(roleChoices);
    }

    public String getDisplayName() {
      return displayName;
    }

    public void setDisplayName(String displayName) {
      this.displayName = displayName;
    }

    public String getEmail() {
      return email;
    }

    public void setEmail(String email) {
      this.email = email;
    }

    /** Never shown again once sent. */
    public String getPassword() {
      return null;
    }

    public void setPassword(String password) {
      this.password = password;
    }

    public List<RoleChoice> getRoleChoices() {
      return roleChoices;
    }
  }

  /** The roles of one user being changed. */
  public static class RolesEdit implements Serializable {
    private static final long serialVersionUID = 1L;
    private final long userId;
    private final String name;
    private final List<RoleChoice> roleChoices;
    private final long rolesVersion;

    RolesEdit(Row row, List<RoleName> roles) {
      this.userId = row.id();
      this.rolesVersion = row.rolesVersion();
      this.name = row.displayName();
      Set<String> held = Set.copyOf(row.roleCodes());
      this.roleChoices =
          roles.stream().map(r -> new RoleChoice(r, held.contains(r.code()))).toList();
    }

    Set<String> chosen() {
      return RoleChoice.codes(roleChoices);
    }

    public long getUserId() {
      return userId;
    }

    public String getName() {
      return name;
    }

    public List<RoleChoice> getRoleChoices() {
      return roleChoices;
    }
  }
}
