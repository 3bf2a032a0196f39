package com.opsuite.core.security;

import com.opsuite.core.identity.UserAccount;
import com.opsuite.core.identity.UserAccounts;
import com.opsuite.core.tenancy.TenantBound;
import com.opsuite.core.validation.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.Set;

/**
 * What an administrator does to the tenant's users, each step one transaction. The REST API and the
 * users page both come here, so a user is never added without the roles they were given, nor a
 * change made to an account read in another transaction (and so not saved).
 */
@ApplicationScoped
@Transactional
@TenantBound
public class UserAdministration {

  @Inject UserAccounts accounts;
  @Inject TenantRoles roles;

  /** Adds the user with exactly these roles; nothing is written if either step is refused. */
  public UserAccount add(
      String email, String displayName, String password, Set<String> roleCodes, String by) {
    UserAccount account = accounts.create(email, displayName, password, by);
    roles.assignExactly(account.getId(), roleCodes, by);
    return account;
  }

  /**
   * Sets exactly which roles the user holds, if they still hold the set of version {@code
   * rolesVersion} the caller read (else {@link OptimisticLockException}: someone else assigned
   * roles meanwhile); empty when the tenant has no such user. The account's row is locked, so two
   * assignments take turns and the second sees the first's version.
   */
  public Optional<UserAccount> setRoles(
      long userId, Set<String> roleCodes, long rolesVersion, String by) {
    Optional<UserAccount> account = accounts.findForUpdate(userId);
    account.ifPresent(
        a -> {
          if (a.getRolesVersion() != rolesVersion) {
            throw new OptimisticLockException(a);
          }
          roles.assignExactly(userId, roleCodes, by);
          a.rolesChanged();
        });
    return account;
  }

  /** Deactivates or reactivates the user; empty when the tenant has no such user. */
  public Optional<UserAccount> setActive(long userId, boolean active, String by) {
    Optional<UserAccount> account = accounts.find(userId);
    if (account.isPresent()
        && !active
        && roles.codesHeldBy(userId).contains(CorePermissions.TENANT_ADMIN_ROLE)
        && !roles.hasOtherActiveAdministrator(userId)) {
      throw InvalidInputException.of("active", "role.lastAdministrator");
    }
    account.ifPresent(a -> accounts.setActive(a, active, by));
    return account;
  }
}
