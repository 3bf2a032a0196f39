package com.opsuite.core.identity;

import com.opsuite.core.audit.AuditLog;
import com.opsuite.core.tenancy.TenantBound;
import com.opsuite.core.validation.InvalidInputException;
import com.opsuite.core.validation.InvalidInputException.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Sets passwords under the tenant's policy: length, character classes and no reuse of the last N.
 * The previous hash goes to the history; the new one resets the expiry clock and any lockout.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class Passwords {

  @PersistenceContext EntityManager em;
  @Inject PasswordHashing hashing;
  @Inject SecurityPolicies policies;
  @Inject AuditLog audit;
  Clock clock = Clock.systemUTC();

  /** The account's own change: the current password proves it is them. */
  public void change(long accountId, String current, String newPassword) {
    UserAccount account = em.find(UserAccount.class, accountId);
    if (account == null
        || current == null
        || !hashing.matches(current, account.getPasswordHash())) {
      throw InvalidInputException.of("currentPassword", "password.currentWrong");
    }
    set(account, newPassword, account.getEmail(), "password.changed");
  }

  /** Message-keyed problems of a first password under the tenant's policy. */
  public List<Violation> check(String field, String password) {
    SecurityPolicy policy = policies.current();
    return PasswordRules.violations(
            password, policy.passwordMinLength(), policy.passwordCharacterClasses())
        .stream()
        .map(p -> new Violation(field, p.key(), p.args()))
        .toList();
  }

  /** Sets a new password for the account after checking it against the policy. */
  void set(UserAccount account, String newPassword, String by, String action) {
    List<Violation> violations = check("newPassword", newPassword);
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    SecurityPolicy policy = policies.current();
    if (policy.passwordHistory() > 0 && reused(account, newPassword, policy.passwordHistory())) {
      throw InvalidInputException.of("newPassword", "password.reused", policy.passwordHistory());
    }
    Instant now = clock.instant();
    em.persist(
        new PasswordHistoryEntry(
            account.getId(), account.getPasswordChangedAt(), account.getPasswordHash()));
    account.changePassword(hashing.hash(newPassword), now);
    audit.record(by, action, account.getEmail(), null, null);
  }

  /** Whether the password is the current one or one of the {@code count - 1} before it. */
  private boolean reused(UserAccount account, String password, int count) {
    if (hashing.matches(password, account.getPasswordHash())) {
      return true;
    }
    if (count == 1) {
      return false;
    }
    List<PasswordHistoryEntry> earlier =
        em.createQuery(
                "SELECT h FROM PasswordHistoryEntry h WHERE h.userId = :user"
                    + " ORDER BY h.changedAt DESC",
                PasswordHistoryEntry.class)
            .setParameter("user", account.getId())
            .setMaxResults(count - 1)
            .getResultList();
    return earlier.stream().anyMatch(h -> hashing.matches(password, h.getPasswordHash()));
  }
}
