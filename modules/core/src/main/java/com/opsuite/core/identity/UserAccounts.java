package com.opsuite.core.identity;

import com.opsuite.core.audit.AuditLog;
import com.opsuite.core.tenancy.TenantBound;
import com.opsuite.core.validation.InvalidInputException;
import com.opsuite.core.validation.InvalidInputException.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The current tenant's user accounts. */
@ApplicationScoped
@Transactional
@TenantBound
public class UserAccounts {

  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

  @PersistenceContext EntityManager em;
  @Inject Passwords passwords;
  @Inject PasswordHashing hashing;
  @Inject AuditLog audit;

  public Optional<UserAccount> findByEmail(String email) {
    return em.createQuery(
            "SELECT u FROM UserAccount u WHERE LOWER(u.email) = :email", UserAccount.class)
        .setParameter("email", email.toLowerCase(Locale.ROOT))
        .getResultStream()
        .findFirst();
  }

  /**
   * The account, its row locked until the transaction ends: sign-ins of one account take turns, so
   * concurrent failures each count towards the lockout and concurrent successes do not conflict.
   */
  public Optional<UserAccount> findByEmailForSignIn(String email) {
    return em.createQuery(
            "SELECT u FROM UserAccount u WHERE LOWER(u.email) = :email", UserAccount.class)
        .setParameter("email", email.toLowerCase(Locale.ROOT))
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  /** The account, its row locked until the transaction ends (sign-ins wait, and so do edits). */
  public Optional<UserAccount> findForUpdate(long id) {
    return Optional.ofNullable(em.find(UserAccount.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  public Optional<UserAccount> find(long id) {
    return Optional.ofNullable(em.find(UserAccount.class, id));
  }

  public boolean isActive(long id) {
    return find(id).map(UserAccount::isActive).orElse(false);
  }

  public List<UserAccount> all() {
    return em.createQuery(
            "SELECT u FROM UserAccount u ORDER BY u.displayName, u.email", UserAccount.class)
        .getResultList();
  }

  /**
   * Adds a user with a first password under the tenant's policy, after checking everything at once;
   * written at once, so the caller can give the account roles.
   */
  public UserAccount create(String email, String displayName, String password, String by) {
    List<Violation> problems = new ArrayList<>();
    if (email == null || email.length() > 254 || !EMAIL.matcher(email.strip()).matches()) {
      problems.add(new Violation("email", "user.email.invalid"));
    } else if (findByEmail(email.strip()).isPresent()) {
      problems.add(new Violation("email", "user.email.taken"));
    }
    if (displayName == null || displayName.isBlank() || displayName.length() > 200) {
      problems.add(new Violation("displayName", "user.displayName.invalid"));
    }
    problems.addAll(passwords.check("password", password));
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    UserAccount account =
        add(new UserAccount(email.strip(), displayName.strip(), hashing.hash(password), false));
    audit.record(by, "user.created", account.getEmail(), null, account.getDisplayName());
    em.flush();
    return account;
  }

  /** Deactivates or reactivates the user (a deactivated user cannot sign in); audited. */
  public void setActive(UserAccount account, boolean active, String by) {
    if (account.isActive() != active) {
      account.setActive(active);
      audit.record(
          by, active ? "user.reactivated" : "user.deactivated", account.getEmail(), null, null);
    }
  }

  public UserAccount add(UserAccount account) {
    em.persist(account);
    return account;
  }
}
